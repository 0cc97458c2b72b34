package dev.voucheremulator.emulator;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code emulator.controls.token}: when set, every call under {@code /_emulator} must send it in
 * {@code X-Emulator-Token}, for an emulator shared by several people. Unset (the default), the controls
 * are open, like moto's, WireMock's and LocalStack's.
 */
@ConfigurationProperties("emulator.controls")
record ControlAccessProperties(String token) {

    boolean guarded() {
        return token != null && !token.isBlank();
    }
}
