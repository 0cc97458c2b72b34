package dev.voucheremulator.api.error;

import dev.voucheremulator.api.ids.ResourceIds;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one place where failures become Voucherify error bodies. Framework failures caused by the
 * client (unreadable JSON, wrong types, unknown routes, wrong method or media type) are 4xx here,
 * so a 500 always means a bug of ours.
 */
@RestControllerAdvice
class ApiErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorAdvice.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ErrorBody> api(ApiException e) {
        log.debug("{} {}: {}", e.status().value(), e.key(), e.details());
        return body(e.status(), e.key(), e.getMessage(), e.details(), e.resourceId(), e.resourceType());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
        return invalidPayload(describe(e));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ErrorBody> invalid(MethodArgumentNotValidException e) {
        String details = e.getBindingResult().getFieldErrors().stream()
                .map(ApiErrorAdvice::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return invalidPayload(details.isEmpty() ? "Invalid payload" : details);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ErrorBody> invalidParameter(HandlerMethodValidationException e) {
        String details = e.getParameterValidationResults().stream()
                .map(r -> "Query parameter '" + r.getMethodParameter().getParameterName() + "' "
                        + r.getResolvableErrors().get(0).getDefaultMessage())
                .collect(Collectors.joining("; "));
        return badRequest("invalid_query_params", "Invalid query params", details);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErrorBody> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "a valid value" : expectation(e.getRequiredType());
        return badRequest("invalid_query_params", "Invalid query params",
                "Parameter '" + e.getName() + "' should be " + expected);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ErrorBody> missingParameter(MissingServletRequestParameterException e) {
        return badRequest("invalid_query_params", "Invalid query params",
                "Missing required query parameter '" + e.getParameterName() + "'");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ErrorBody> noRoute(NoResourceFoundException e) {
        return body(HttpStatus.NOT_FOUND, "not_found", "Resource not found",
                "Cannot find route " + e.getHttpMethod() + " /" + e.getResourcePath(), null, null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ErrorBody> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        ResponseEntity<ErrorBody> body = body(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
                "Method not allowed", "Method " + e.getMethod() + " is not supported on this resource", null, null);
        return ResponseEntity.status(body.getStatusCode()).contentType(MediaType.APPLICATION_JSON).headers(h -> {
            if (e.getSupportedHttpMethods() != null) {
                h.setAllow(e.getSupportedHttpMethods());
            }
        }).body(body.getBody());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ErrorBody> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", "Unsupported media type",
                "Content-Type " + e.getContentType() + " is not supported; send application/json", null, null);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ErrorBody> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return body(HttpStatus.NOT_ACCEPTABLE, "not_acceptable", "Not acceptable",
                "Responses are application/json", null, null);
    }

    /**
     * What the database refused, by SQLSTATE: only a unique violation is a conflict (two requests raced
     * for the same name or code, and the loser sees what a sequential caller would); a value the
     * database cannot store is the client's error. The transaction rolled back, so nothing changed.
     */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ErrorBody> refusedByTheDatabase(DataAccessException e, HttpServletRequest request) {
        String state = sqlState(e);
        if (state == null) {
            return unexpected(e, request);
        }
        log.debug("database refused the request ({})", state, e);
        return switch (state) {
            case "23505" -> body(HttpStatus.CONFLICT, "duplicate_found", "Duplicated resource found",
                    "A resource with the same unique value already exists", null, null);
            case "22001", "54000" -> invalidPayload("A value is too long to be stored");
            case "22021", "22P05" -> invalidPayload("A value holds a NUL character or invalid Unicode");
            case "22003" -> invalidPayload("A number is out of range");
            case "23502", "23503", "23514", "22007", "22008", "22P02" ->
                    invalidPayload("A value is not acceptable for this resource");
            default -> state.startsWith("40") ? body(HttpStatus.CONFLICT, "multiple_requests", "Multiple requests",
                    "The resource was modified by a concurrent request; retry", null, null) : unexpected(e, request);
        };
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ErrorBody> multipart(MultipartException e) {
        return invalidPayload("The multipart body could not be read");
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class,
            ConcurrencyFailureException.class})
    ResponseEntity<ErrorBody> concurrentUpdate(RuntimeException e) {
        log.debug("concurrent modification", e);
        return body(HttpStatus.CONFLICT, "multiple_requests", "Multiple requests",
                "The resource was modified by a concurrent request; retry", null, null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorBody> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "Internal error",
                "The emulator failed unexpectedly; this is a bug, please report it", null, null);
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static ResponseEntity<ErrorBody> invalidPayload(String details) {
        return badRequest("invalid_payload", "Invalid payload", details);
    }

    private static ResponseEntity<ErrorBody> badRequest(String key, String message, String details) {
        return body(HttpStatus.BAD_REQUEST, key, message, details, null, null);
    }

    private static ResponseEntity<ErrorBody> body(HttpStatus status, String key, String message, String details,
                                                  String resourceId, String resourceType) {
        // JSON whatever the client accepts: an error body is never negotiated away (406 without a body)
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new ErrorBody(status.value(), key, message, details,
                ResourceIds.request(), resourceId, resourceType));
    }

    private static String describe(FieldError error) {
        String field = snakeCase(error.getField());
        return switch (error.getCode() == null ? "" : error.getCode()) {
            case "NotNull", "NotBlank", "NotEmpty" -> "Payload should have required property '" + field + "'";
            default -> "Property '" + field + "' " + error.getDefaultMessage();
        };
    }

    private static String describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof StreamReadException && !(cause instanceof DatabindException)) {
            return "Invalid JSON: the request body could not be parsed";
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            return "Property '" + path(invalid) + "' should be " + expectation(invalid.getTargetType())
                    + ", got " + invalid.getValue();
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return mismatch.getPath().isEmpty()
                    ? "The request body should be a JSON object"
                    : "Property '" + path(mismatch) + "' should be " + expectation(mismatch.getTargetType());
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return "Property '" + path(databind) + "' is invalid";
        }
        return cause == null ? "The request body is missing or unreadable" : "Invalid JSON: the request body could not be parsed";
    }

    private static String path(DatabindException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String expectation(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == java.time.Instant.class) {
            return "an ISO-8601 date-time";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

}
