package dev.voucheremulator.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates malformed and boundary requests for the operations of an OpenAPI document: path ids,
 * query strings, bodies, headers, content types and methods, each mostly plausible and sometimes
 * broken, so that requests get past the first check often enough to reach the deeper ones.
 */
final class Requests {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");

    private final String project;
    private final List<String> knownIds;

    Requests(String project, List<String> knownIds) {
        this.project = project;
        this.knownIds = knownIds;
    }

    Arbitrary<FuzzRequest> requestsFor(List<Operation> operations) {
        return Arbitraries.of(operations).flatMap(this::request);
    }

    private Arbitrary<FuzzRequest> request(Operation operation) {
        Arbitrary<String> method = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(17, Arbitraries.just(operation.method())),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(METHODS)));
        Arbitrary<String> path = pathOf(operation);
        Arbitrary<String> query = queryOf(operation);
        Arbitrary<Map<String, String>> headers = headers(operation.path().startsWith("/management/"));
        Arbitrary<byte[]> body = bodyOf(operation);
        return Combinators.combine(method, path, query, headers, body)
                .as((m, p, q, h, b) -> new FuzzRequest(operation, m, q.isEmpty() ? p : p + "?" + q, h,
                        m.equals("GET") || m.equals("HEAD") ? null : b));
    }

    // ---- path ----------------------------------------------------------------------------------

    private Arbitrary<String> pathOf(Operation operation) {
        Matcher matcher = PATH_VARIABLE.matcher(operation.path());
        List<String> variables = new ArrayList<>();
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }
        if (variables.isEmpty()) {
            return Arbitraries.just(operation.path());
        }
        return pathValue().list().ofSize(variables.size()).map(values -> {
            String path = operation.path();
            for (int i = 0; i < variables.size(); i++) {
                path = path.replace("{" + variables.get(i) + "}", values.get(i));
            }
            return path;
        });
    }

    /** A path segment as it goes on the wire: mostly well encoded, sometimes raw junk. */
    private Arbitrary<String> pathValue() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.of(knownIds).map(Requests::encode)),
                net.jqwik.api.Tuple.of(5, text().map(Requests::encode)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("%ZZ", "%C3", "%FF", "%00", "%2F", "%5C", "..", "%2e%2e",
                        "a%2Fb", "-", "0", "null", "%25", "%E2%82", ";jsessionid=x")));
    }

    // ---- query string ----------------------------------------------------------------------------

    private Arbitrary<String> queryOf(Operation operation) {
        List<Arbitrary<String>> pairs = new ArrayList<>();
        for (Operation.Parameter parameter : operation.queryParameters()) {
            pairs.add(Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(2, Arbitraries.just("")),
                    net.jqwik.api.Tuple.of(3, valueFor(parameter).map(v -> parameter.name() + "=" + encode(v)))));
        }
        Arbitrary<String> declared = pairs.isEmpty() ? Arbitraries.just("")
                : Combinators.combine(pairs).as(list -> String.join("&", list.stream().filter(s -> !s.isEmpty()).toList()));
        Arbitrary<String> extra = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(2, Combinators.combine(deepObjectKey(), text())
                        .as((k, v) -> encode(k) + "=" + encode(v))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("=x", "a=%ZZ", "a=%C3", "%FF=1", "a=%00", "&&", "a", "a[=1",
                        "filters[junction]=xor", "filters[campaigns][conditions][$in][0]=%E2%82",
                        "limit=1&limit=2", "page=99999999999999999999")));
        return Combinators.combine(declared, extra).as((d, e) -> d.isEmpty() ? e : e.isEmpty() ? d : d + "&" + e);
    }

    private Arbitrary<String> deepObjectKey() {
        return Combinators.combine(Arbitraries.of("filters", "customer", "created_at", "metadata", "order", "x"),
                        Arbitraries.of("name", "junction", "campaigns", "status", "0", "", "$in", "before"),
                        Arbitraries.of("", "[conditions][$in]", "[conditions][$is]", "[]", "[0]", "[conditions][$after]"))
                .as((a, b, c) -> a + "[" + b + "]" + c);
    }

    private Arbitrary<String> valueFor(Operation.Parameter parameter) {
        List<String> typed = new ArrayList<>(switch (parameter.type()) {
            case "integer", "number" -> List.of("0", "-1", "1", "10", "100", "101", "2147483648",
                    "9223372036854775808", "1e3", "1.5", "NaN", "");
            case "boolean" -> List.of("true", "false", "TRUE", "1", "yes", "");
            default -> List.of("", "2024-02-30", "2024-01-01T00:00:00Z", "created_at", "-created_at", "category",
                    "camp_000000000000000000000000");
        });
        typed.addAll(parameter.enumValues());
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(typed)),
                net.jqwik.api.Tuple.of(2, text()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(knownIds)));
    }

    // ---- headers ---------------------------------------------------------------------------------

    /** The Management API's operations get management keys where the others get app keys. */
    private Arbitrary<Map<String, String>> headers(boolean management) {
        Arbitrary<String> auth = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(18, Arbitraries.just("app")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("none")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("bearer")));
        Arbitrary<String> accept = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("application/xml", "text/html", "*/*", "application/json",
                        "image/png;q=0.5, text/csv")));
        Arbitrary<String> contentType = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(14, Arbitraries.just("application/json")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", "text/plain", "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1",
                        "application/xml", "application/json-patch+json")));
        return Combinators.combine(auth, accept, contentType).as((a, acc, ct) -> {
            Map<String, String> headers = new LinkedHashMap<>();
            switch (a) {
                case "app" -> {
                    headers.put(management ? "X-Management-Id" : "X-App-Id", project);
                    headers.put(management ? "X-Management-Token" : "X-App-Token", "fuzz-token");
                }
                case "bearer" -> headers.put("Authorization", "Bearer " + project);
                default -> {
                }
            }
            if (!acc.isEmpty()) {
                headers.put("Accept", acc);
            }
            if (!ct.isEmpty()) {
                headers.put("Content-Type", ct);
            }
            return headers;
        });
    }

    // ---- body ------------------------------------------------------------------------------------

    private Arbitrary<byte[]> bodyOf(Operation operation) {
        Arbitrary<String> objectFromSchema = operation.bodyProperties().isEmpty() ? json(2)
                : Arbitraries.subsetOf(operation.bodyProperties()).flatMap(names -> {
                    if (names.isEmpty()) {
                        return Arbitraries.just("{}");
                    }
                    List<Arbitrary<String>> fields = names.stream()
                            .map(name -> json(2).map(value -> quote(name) + ":" + value)).toList();
                    return Combinators.combine(fields).as(list -> "{" + String.join(",", list) + "}");
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(operation.hasBody() ? 12 : 2, objectFromSchema),
                net.jqwik.api.Tuple.of(3, json(3)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("", "{", "{\"a\":}", "[1,", "nul", "{\"a\":1}}", "\"\\ud800\"",
                        "{\"name\":\"a\\u0000b\"}", "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}",
                        "{\"amount\":1e400}", "{\"a\":\"\\x41\"}", "\u00ff\u00fe")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("")))
                .map(text -> text.getBytes(StandardCharsets.UTF_8));
    }

    /** A random JSON value, nested up to {@code depth}. */
    private Arbitrary<String> json(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-1", "1.5", "1e308", "-0", "9223372036854775807",
                        "99999999999999999999999", "2147483648", "\"\"", "\"PERCENT\"", "\"DISCOUNT_VOUCHER\"",
                        "\"2024-01-01T00:00:00Z\"", "\"voucher\"", "\"campaign\""),
                text().map(Requests::quote),
                Arbitraries.of(knownIds).map(Requests::quote));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> array = json(depth - 1).list().ofMaxSize(3).map(list -> "[" + String.join(",", list) + "]");
        Arbitrary<String> object = Combinators.combine(
                        Arbitraries.of("name", "type", "code", "amount", "id", "object", "metadata", "discount",
                                "voucher", "order", "customer", "items", "quantity", "campaign", "rules", "x"),
                        json(depth - 1))
                .as((k, v) -> quote(k) + ":" + v)
                .list().ofMaxSize(4).map(list -> "{" + String.join(",", list) + "}");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, scalar), net.jqwik.api.Tuple.of(1, array),
                net.jqwik.api.Tuple.of(2, object));
    }

    /** Short text with whatever Unicode has: letters, symbols, controls, emoji, RTL, long runs. */
    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(8),
                Arbitraries.strings().withChars("ab/\\%?#&=[]{}\"' .\u00e9\u20ac\ud83d\ude00\u202e\t\n").ofMaxLength(20),
                Arbitraries.strings().alpha().ofMinLength(300).ofMaxLength(3000));
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String encode(String text) {
        // lone surrogates cannot be encoded as UTF-8: they go as the replacement the encoder picks
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
