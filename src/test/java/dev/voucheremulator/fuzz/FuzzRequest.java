package dev.voucheremulator.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A generated request, printed the way it goes on the wire when jqwik reports a failing sample. */
record FuzzRequest(Operation operation, String method, String target, Map<String, String> headers, byte[] body) {

    @Override
    public String toString() {
        return method + " " + target + " " + headers
                + (body == null ? "" : " body=" + new String(body, StandardCharsets.UTF_8));
    }
}
