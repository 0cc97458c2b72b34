package dev.voucheremulator.api.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a raw query string strictly: every name is non-empty, every escape is two hex digits, the
 * decoded bytes are valid UTF-8 and hold no NUL. The servlet container is lenient in other ways (it
 * drops or mangles what it cannot decode, or fails later deep inside a handler); here a malformed
 * query string is one clear client error before anything runs.
 */
final class QueryStrings {

    private QueryStrings() {
    }

    /** Thrown with a sentence that says what is wrong, for the error body's details. */
    static final class MalformedQueryException extends RuntimeException {
        MalformedQueryException(String message) {
            super(message);
        }
    }

    static Map<String, String[]> parse(String query) {
        if (query == null || query.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : query.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (name.isEmpty()) {
                throw new MalformedQueryException("Query parameter names must not be empty");
            }
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        Map<String, String[]> parameters = new LinkedHashMap<>();
        values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
        return Collections.unmodifiableMap(parameters);
    }

    static String decode(String encoded) {
        if (encoded.indexOf('%') < 0 && encoded.indexOf('+') < 0) {
            return checked(encoded);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= encoded.length() || hex(encoded.charAt(i + 1)) < 0 || hex(encoded.charAt(i + 2)) < 0) {
                    throw new MalformedQueryException("The query string has a malformed escape near '"
                            + encoded.substring(i, Math.min(encoded.length(), i + 3)) + "'");
                }
                bytes.write(hex(encoded.charAt(i + 1)) * 16 + hex(encoded.charAt(i + 2)));
                i += 2;
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            return checked(decoded);
        } catch (CharacterCodingException e) {
            throw new MalformedQueryException("The query string is not valid UTF-8");
        }
    }

    private static String checked(String decoded) {
        if (decoded.indexOf('\u0000') >= 0) {
            throw new MalformedQueryException("The query string must not contain NUL characters");
        }
        return decoded;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
