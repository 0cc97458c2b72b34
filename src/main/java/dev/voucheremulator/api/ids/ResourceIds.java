package dev.voucheremulator.api.ids;

import java.util.Random;

/**
 * Resource ids with Voucherify's prefixes and lengths (camp_ + 24 base62, r_ + 18 hex, ...), drawn
 * from {@link IdRandomness} so a project with a seed gets the same ids on every run.
 */
public final class ResourceIds {

    private static final String BASE62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String HEX = "0123456789abcdef";

    private ResourceIds() {
    }

    public static String campaign() {
        return "camp_" + base62(24);
    }

    public static String campaignTemplate() {
        return "camp_tpl_" + base62(24);
    }

    public static String voucher() {
        return "v_" + base62(32);
    }

    public static String promotionTier() {
        return "promo_" + base62(24);
    }

    public static String category() {
        return "cat_" + hex(18);
    }

    public static String validationRule() {
        return "val_" + base62(12);
    }

    public static String validationRuleAssignment() {
        return "asgm_" + base62(16);
    }

    public static String asyncAction() {
        return "aa_" + hex(18);
    }

    public static String product() {
        return "prod_" + hex(18);
    }

    public static String sku() {
        return "sku_" + hex(18);
    }

    public static String customer() {
        return "cust_" + base62(24);
    }

    public static String customerActivity() {
        return "evcus_" + hex(18);
    }

    public static String permanentDeletion() {
        return "del_" + base62(24);
    }

    public static String publication() {
        return "pub_" + base62(32);
    }

    public static String redemption() {
        return "r_" + hex(18);
    }

    public static String failedRedemption() {
        return "rf_" + hex(18);
    }

    public static String rollback() {
        return "rr_" + hex(18);
    }

    public static String failedRollback() {
        return "rrf_" + hex(18);
    }

    public static String validation() {
        return "valid_" + hex(18);
    }

    public static String order() {
        return "ord_" + base62(24);
    }

    public static String loyaltyTransaction() {
        return "vtx_" + hex(18);
    }

    public static String loyaltyPendingPoints() {
        return "lopp_" + hex(18);
    }

    public static String loyaltyTier() {
        return "ltr_" + base62(24);
    }

    public static String earningRule() {
        return "ern_" + base62(24);
    }

    public static String reward() {
        return "rew_" + base62(24);
    }

    public static String rewardAssignment() {
        return "rewa_" + base62(24);
    }

    /** An OAuth access token: 50 base62 characters, as Voucherify issues them. */
    public static String oauthToken() {
        return base62(50);
    }

    /** The {@code client_id} of an OAuth token: 21 base62 characters. */
    public static String oauthClient() {
        return base62(21);
    }

    /** {@code v-} + 18 hex, as in Voucherify's {@code request_id}. */
    public static String request() {
        return "v-" + hex(18);
    }

    // Voucherify's hex ids almost always start with 0 (they are time-ordered upstream).
    static String hex(int length) {
        Random random = IdRandomness.current();
        StringBuilder sb = new StringBuilder(length).append('0');
        for (int i = 1; i < length; i++) {
            sb.append(HEX.charAt(random.nextInt(HEX.length())));
        }
        return sb.toString();
    }

    static String base62(int length) {
        Random random = IdRandomness.current();
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(BASE62.charAt(random.nextInt(BASE62.length())));
        }
        return sb.toString();
    }
}
