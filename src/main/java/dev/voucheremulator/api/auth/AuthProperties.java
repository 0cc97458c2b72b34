package dev.voucheremulator.api.auth;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mode {@code open}: any credentials, each X-App-Id its own project;
 *             {@code strict}: only the configured {@code keys} are accepted
 * @param keys {@code app-id:app-token} pairs for strict mode
 * @param managementKeys {@code management-id:management-token} pairs that reach {@code /management/v1} in
 *             strict mode; in open mode any pair does, each management id its own account
 */
@ConfigurationProperties("emulator.auth")
public record AuthProperties(Mode mode, List<String> keys, List<String> managementKeys) {

    public enum Mode { OPEN, STRICT }

    public AuthProperties {
        mode = mode == null ? Mode.OPEN : mode;
        keys = keys == null ? List.of() : keys;
        managementKeys = managementKeys == null ? List.of() : managementKeys;
    }

    Map<String, String> tokensByAppId() {
        return pairs(keys);
    }

    Map<String, String> tokensByManagementId() {
        return pairs(managementKeys);
    }

    private static Map<String, String> pairs(List<String> keys) {
        return keys.stream()
                .map(String::trim)
                .filter(k -> k.indexOf(':') > 0)
                .collect(Collectors.toMap(k -> k.substring(0, k.indexOf(':')), k -> k.substring(k.indexOf(':') + 1),
                        (a, b) -> b));
    }
}
