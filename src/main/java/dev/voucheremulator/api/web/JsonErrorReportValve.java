package dev.voucheremulator.api.web;

import dev.voucheremulator.api.ids.ResourceIds;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's own error page, in Voucherify's error body instead of HTML. Tomcat answers 501 for methods
 * it does not implement (CONNECT); to a client that is a method this API does not allow, so 405.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(JsonErrorReportValve.class);

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (status == 501) {
            status = 405;
            response.setStatus(status);
        }
        String[] keyAndMessage = switch (status) {
            case 400 -> new String[] {"bad_request", "Bad request",
                    "The request line, a header or the URL is malformed or over the size limits"};
            case 404 -> new String[] {"not_found", "Resource not found", "Cannot find the requested route"};
            case 405 -> new String[] {"method_not_allowed", "Method not allowed",
                    "The method is not supported on this resource"};
            case 408 -> new String[] {"request_timeout", "Request timeout", "The request took too long to arrive"};
            case 413 -> new String[] {"payload_too_large", "Payload too large", "The request body is too large"};
            case 414 -> new String[] {"uri_too_long", "URI too long", "The request URI is over the size limit"};
            default -> status >= 500
                    ? new String[] {"internal_error", "Internal error", "The emulator failed unexpectedly"}
                    : new String[] {"bad_request", "Bad request", "The request was rejected"};
        };
        if (status >= 500) {
            log.error("Tomcat answered {} for {} {}", status, request.getMethod(), request.getRequestURI(), throwable);
        }
        String body = "{\"code\":" + status + ",\"key\":\"" + keyAndMessage[0] + "\",\"message\":\"" + keyAndMessage[1]
                + "\",\"details\":\"" + keyAndMessage[2] + "\",\"request_id\":\"" + ResourceIds.request() + "\"}";
        try {
            response.resetBuffer();
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not write the error body", e);
        }
    }
}
