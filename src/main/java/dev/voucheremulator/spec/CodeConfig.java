package dev.voucheremulator.spec;

import java.math.BigInteger;

/**
 * How voucher codes are generated. {@code pattern} wins over {@code length}: each {@code #} becomes
 * a random {@code charset} character, anything else is literal; {@code prefix}/{@code postfix} wrap it.
 */
public record CodeConfig(Integer length, String charset, String prefix, String postfix, String pattern,
                         Integer initialCount) {

    public static final String ALPHANUMERIC = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final int DEFAULT_LENGTH = 8;

    public static final CodeConfig DEFAULT = new CodeConfig(null, null, null, null, null, null).normalized();

    /** Fills in what Voucherify echoes: a length-only config gets its pattern, a pattern-only one its length. */
    public CodeConfig normalized() {
        String chars = charset == null || charset.isEmpty() ? ALPHANUMERIC : charset;
        String effectivePattern = pattern;
        if (effectivePattern == null || effectivePattern.isEmpty()) {
            effectivePattern = "#".repeat(length == null ? DEFAULT_LENGTH : length);
        }
        int hashes = (int) effectivePattern.chars().filter(c -> c == '#').count();
        return new CodeConfig(hashes, chars, prefix, postfix, effectivePattern, initialCount);
    }

    public String problem() {
        if (length != null && (length < 1 || length > 100)) {
            return "Property 'code_config.length' should be between 1 and 100";
        }
        if (pattern != null && !pattern.isEmpty() && pattern.indexOf('#') < 0) {
            return "Property 'code_config.pattern' should contain at least one '#'";
        }
        if (charset != null && charset.chars().distinct().count() < 2 && !charset.isEmpty()) {
            return "Property 'code_config.charset' should contain at least two distinct characters";
        }
        return null;
    }

    /** How many distinct codes this config can produce (capped, it only guards against impossible requests). */
    public BigInteger capacity() {
        CodeConfig n = normalized();
        long distinct = n.charset().chars().distinct().count();
        return BigInteger.valueOf(distinct).pow(Math.min(n.length(), 64));
    }
}
