package dev.voucheremulator.api.error;

import dev.voucheremulator.api.ids.ResourceIds;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page ({@code /error}): whatever reached it (a {@code sendError} of the
 * container, such as 405 for TRACE, or an exception thrown outside Spring MVC) is answered in
 * Voucherify's error body, never in Spring Boot's default JSON or HTML.
 */
@RestController
class ErrorEndpoint implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorEndpoint.class);

    @RequestMapping("/error")
    ResponseEntity<ErrorBody> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null) {
            status = HttpStatus.NOT_FOUND; // /error requested directly
        }
        String key;
        String message;
        String details;
        if (status.is5xxServerError()) {
            log.error("Unexpected error on {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            key = "internal_error";
            message = "Internal error";
            details = "The emulator failed unexpectedly; this is a bug, please report it";
        } else {
            key = switch (status) {
                case METHOD_NOT_ALLOWED -> "method_not_allowed";
                case NOT_FOUND -> "not_found";
                case UNSUPPORTED_MEDIA_TYPE -> "unsupported_media_type";
                case NOT_ACCEPTABLE -> "not_acceptable";
                default -> "bad_request";
            };
            message = status.getReasonPhrase();
            details = status == HttpStatus.METHOD_NOT_ALLOWED
                    ? "The method is not supported on this resource"
                    : "The request was rejected: " + status.getReasonPhrase();
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ErrorBody(status.value(), key, message, details, ResourceIds.request(), null, null));
    }
}
