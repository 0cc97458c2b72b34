package dev.voucheremulator.product;

import dev.voucheremulator.api.error.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file as header-named rows (RFC 4180: comma-separated, double quotes around values that hold
 * commas, quotes or line breaks). Header names are trimmed and lower-cased; empty values are absent.
 */
record CsvTable(List<String> header, List<Map<String, String>> rows) {

    static CsvTable parse(String text) {
        List<List<String>> records = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty() || records.get(0).stream().allMatch(String::isBlank)) {
            throw ApiException.invalidPayload("The CSV file needs a header row");
        }
        List<String> header = records.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> values : records.subList(1, records.size())) {
            if (values.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size() && i < values.size(); i++) {
                if (!header.get(i).isEmpty() && !values.get(i).isBlank()) {
                    row.put(header.get(i), values.get(i).trim());
                }
            }
            rows.add(row);
        }
        return new CsvTable(header, rows);
    }

    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    value.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(value.toString());
                value.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(value.toString());
                value.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                value.append(c);
            }
        }
        if (quoted) {
            throw ApiException.invalidPayload("The CSV file has an unterminated quoted value");
        }
        if (value.length() > 0 || !record.isEmpty()) {
            record.add(value.toString());
            records.add(record);
        }
        return records;
    }
}
