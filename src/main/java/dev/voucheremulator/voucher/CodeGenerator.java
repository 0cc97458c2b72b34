package dev.voucheremulator.voucher;

import dev.voucheremulator.api.ids.IdRandomness;
import dev.voucheremulator.spec.CodeConfig;
import java.math.BigInteger;
import java.util.Collection;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Random codes for one {@link CodeConfig}: each {@code #} of the pattern becomes a random charset
 * character, every other character is kept, and prefix/postfix wrap the result.
 */
class CodeGenerator {

    private final String prefix;
    private final String postfix;
    private final char[] pattern;
    private final char[] charset;
    private final BigInteger capacity;

    CodeGenerator(CodeConfig config) {
        CodeConfig normalized = (config == null ? CodeConfig.DEFAULT : config).normalized();
        this.prefix = normalized.prefix() == null ? "" : normalized.prefix();
        this.postfix = normalized.postfix() == null ? "" : normalized.postfix();
        this.pattern = normalized.pattern().toCharArray();
        // Repeated charset characters would make some codes likelier than others.
        this.charset = normalized.charset().chars().distinct()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().toCharArray();
        this.capacity = normalized.capacity();
    }

    String next() {
        Random random = IdRandomness.current();
        StringBuilder code = new StringBuilder(prefix.length() + pattern.length + postfix.length()).append(prefix);
        for (char c : pattern) {
            code.append(c == '#' ? charset[random.nextInt(charset.length)] : c);
        }
        return code.append(postfix).toString();
    }

    /** How many distinct codes the config can produce (a lower bound once it exceeds 62^64). */
    BigInteger capacity() {
        return capacity;
    }

    boolean canProduce(long count) {
        return capacity.compareTo(BigInteger.valueOf(count)) >= 0;
    }

    /**
     * Up to {@code count} distinct codes that are not in {@code taken}. Stops early when the draws
     * keep hitting codes it already has, so a nearly exhausted space returns fewer instead of spinning.
     */
    Set<String> distinct(int count, Collection<String> taken) {
        Set<String> codes = new HashSet<>(Math.max(16, count * 4 / 3 + 1));
        long budget = Math.max(10L * count, 10_000L);
        for (long draws = 0; codes.size() < count && draws < budget; draws++) {
            String code = next();
            if (!taken.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }
}
