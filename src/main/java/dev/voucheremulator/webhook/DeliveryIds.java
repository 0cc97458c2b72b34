package dev.voucheremulator.webhook;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Send-out ids ({@code whs_}) and event ids, whose prefix names the resource ({@code evred_}, {@code evvou_}, ...). */
final class DeliveryIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DeliveryIds() {
    }

    static String delivery() {
        return "whs_" + hex(18);
    }

    static String event(String type) {
        String resource = type.substring(0, type.indexOf('.'));
        return "ev" + resource.substring(0, Math.min(3, resource.length())) + "_" + hex(18);
    }

    static String group() {
        return "v-" + hex(18);
    }

    static String hex(int length) {
        byte[] bytes = new byte[(length + 1) / 2];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).substring(0, length);
    }
}
