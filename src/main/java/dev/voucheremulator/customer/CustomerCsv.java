package dev.voucheremulator.customer;

import dev.voucheremulator.api.error.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the customers of a CSV import: a header row, then one customer per row. Known headers
 * (case-insensitive: name, email, phone, birthdate, birthday, description, source_id, address_line_1,
 * address_line_2, address_postal_code, address_city, address_state, address_country) fill their field;
 * {@code id} is ignored; any other column becomes a metadata key. A row without a source_id fails.
 */
final class CustomerCsv {

    record Failure(String sourceId, int row, String reason) {
    }

    record Parsed(List<CustomerRequest> customers, List<Failure> failed) {
    }

    private static final List<String> ADDRESS = List.of("address_line_1", "address_line_2", "address_postal_code",
            "address_city", "address_state", "address_country");
    // ISO dates, and the day-first dates of Voucherify's own CSV template
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd-MM-uuuu"), DateTimeFormatter.ofPattern("dd/MM/uuuu"));

    private CustomerCsv() {
    }

    static Parsed parse(String text) {
        List<List<String>> rows = rows(text);
        if (rows.isEmpty() || rows.get(0).stream().allMatch(String::isBlank)) {
            throw ApiException.badRequest("invalid_csv", "Invalid CSV", "The file should start with a header row");
        }
        List<String> headers = rows.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        List<CustomerRequest> customers = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, String> address = new LinkedHashMap<>();
            Map<String, Object> metadata = new LinkedHashMap<>();
            for (int c = 0; c < headers.size() && c < row.size(); c++) {
                String header = headers.get(c);
                String value = row.get(c).trim();
                if (value.isEmpty() || header.equals("id")) {
                    continue;
                }
                if (ADDRESS.contains(header)) {
                    address.put(header, value);
                } else if (List.of("name", "email", "phone", "birthdate", "birthday", "description", "source_id")
                        .contains(header)) {
                    fields.put(header, value);
                } else {
                    metadata.put(rows.get(0).get(c).trim(), value);
                }
            }
            String sourceId = fields.get("source_id");
            if (sourceId == null) {
                failed.add(new Failure(null, i, "Customer should have property 'source_id'"));
                continue;
            }
            LocalDate birthday = date(fields.get("birthday"));
            LocalDate birthdate = date(fields.get("birthdate"));
            if (birthday == null && fields.containsKey("birthday") || birthdate == null && fields.containsKey("birthdate")) {
                failed.add(new Failure(sourceId, i, "Birthdate should be a date (1990-06-21 or 21-06-1990)"));
                continue;
            }
            customers.add(CustomerRequest.of(sourceId, fields.get("name"), fields.get("description"),
                    fields.get("email"), fields.get("phone"), birthday, birthdate,
                    address.isEmpty() ? null : new Address(address.get("address_city"), address.get("address_state"),
                            address.get("address_line_1"), address.get("address_line_2"),
                            address.get("address_country"), address.get("address_postal_code")),
                    metadata.isEmpty() ? null : metadata));
        }
        return new Parsed(customers, failed);
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException next) {
                // try the next format
            }
        }
        return null;
    }

    // RFC 4180: fields separated by commas, quoted with ", a doubled quote inside quotes is one quote.
    private static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
