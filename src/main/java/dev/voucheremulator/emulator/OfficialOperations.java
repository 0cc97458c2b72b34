package dev.voucheremulator.emulator;

import io.swagger.v3.oas.annotations.Operation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * The official Voucherify operation id of a call: from the handler's {@code @Operation} when the
 * emulator implements it, else from the table of documented operations (a call the emulator cannot
 * answer yet still has a name there).
 */
@Component
public class OfficialOperations {

    /** One documented operation; {@code path} matches a concrete request path. */
    public record Documented(String method, Pattern path, String operationId) {
    }

    private final List<Documented> documented;

    OfficialOperations() {
        this.documented = load("emulator/voucherify-operations.txt");
    }

    /** The operation id of the handler that answered (or will answer), if it declares one. */
    public static Optional<String> ofHandler(Object handler) {
        if (handler instanceof HandlerMethod method) {
            Operation operation = method.getMethodAnnotation(Operation.class);
            if (operation != null && !operation.operationId().isEmpty()) {
                return Optional.of(operation.operationId());
            }
        }
        return Optional.empty();
    }

    /** The documented operation a method and path name, whether or not the emulator implements it. */
    public Optional<String> documented(String method, String path) {
        for (Documented operation : documented) {
            if (operation.method().equalsIgnoreCase(method) && operation.path().matcher(path).matches()) {
                return Optional.of(operation.operationId());
            }
        }
        return Optional.empty();
    }

    private static List<Documented> load(String resource) {
        List<Documented> operations = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.trim().split(" ");
                operations.add(new Documented(parts[0], template(parts[1]), parts[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Literal segments before parameters: /v1/vouchers/import wins over /v1/vouchers/{code}.
        operations.sort((a, b) -> Long.compare(parameters(a), parameters(b)));
        return List.copyOf(operations);
    }

    private static long parameters(Documented operation) {
        return operation.path().pattern().chars().filter(c -> c == '+').count();
    }

    private static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (!regex.isEmpty() || !segment.isEmpty()) {
                regex.append('/');
            }
            regex.append(segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment));
        }
        return Pattern.compile(regex.toString());
    }
}
