package dev.voucheremulator.management;

import java.security.SecureRandom;
import java.util.UUID;

/** Ids in the shapes the Management API's examples show. */
final class ManagementIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BASE62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String HEX = "0123456789abcdef";

    private ManagementIds() {
    }

    static String project() {
        return "proj_" + base62(8);
    }

    static String user() {
        return "user_" + base62(32);
    }

    static String metadataSchema() {
        return "ms_" + base62(24);
    }

    // The official examples give custom event schemas the ms_ prefix too.
    static String customEventSchema() {
        return "ms_" + base62(24);
    }

    static String brand() {
        return "brd_" + hex(18);
    }

    static String stackingRules() {
        return "stk_" + hex(18);
    }

    static String webhook() {
        return "wh_" + base62(24);
    }

    /** App ids are UUIDs, as Voucherify issues them; tokens too. */
    static String appKey() {
        return UUID.randomUUID().toString();
    }

    static String webhookToken() {
        return base62(40);
    }

    // Voucherify's hex ids almost always start with 0 (they are time-ordered upstream).
    private static String hex(int length) {
        StringBuilder sb = new StringBuilder(length).append('0');
        for (int i = 1; i < length; i++) {
            sb.append(HEX.charAt(RANDOM.nextInt(HEX.length())));
        }
        return sb.toString();
    }

    private static String base62(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(BASE62.charAt(RANDOM.nextInt(BASE62.length())));
        }
        return sb.toString();
    }
}
