package dev.voucheremulator.api.web;

import dev.voucheremulator.api.error.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * Reads an {@code application/x-www-form-urlencoded} body, for the few operations the spec documents
 * with one (the OAuth token endpoints). {@link StrictRequestFilter} keeps such bodies from becoming
 * request parameters, so a handler reads its form here: with the same strict parse as a query string,
 * bounded in size, and every problem a 4xx Voucherify error.
 */
public final class FormBody {

    /** Far more than any form this API takes. */
    static final int MAX_BYTES = 16 * 1024;

    private FormBody() {
    }

    /** Field name to values, in the order sent. */
    public static Map<String, String[]> read(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                    "Unsupported media type", "Content-Type " + contentType
                    + " is not supported; send application/x-www-form-urlencoded", null, null);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (body.length > MAX_BYTES) {
            throw ApiException.invalidPayload("The form body should have at most " + MAX_BYTES + " bytes");
        }
        // escapes decode as UTF-8; a raw byte outside ASCII is checked the same way
        String text = StandardCharsets.ISO_8859_1.decode(java.nio.ByteBuffer.wrap(body)).toString();
        try {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) > 0x7e || text.charAt(i) < 0x20) {
                    throw new QueryStrings.MalformedQueryException("raw bytes outside printable ASCII");
                }
            }
            return QueryStrings.parse(text);
        } catch (QueryStrings.MalformedQueryException e) {
            throw ApiException.invalidPayload("The body is not valid application/x-www-form-urlencoded: "
                    + "percent-encode every byte outside printable ASCII as UTF-8, names must not be empty");
        }
    }

    /** The single value of a field; null when absent; 400 when sent more than once. */
    public static String single(Map<String, String[]> form, String name) {
        String[] values = form.get(name);
        if (values == null) {
            return null;
        }
        if (values.length > 1) {
            throw ApiException.invalidPayload("Field '" + name + "' should be sent once");
        }
        return values[0];
    }
}
