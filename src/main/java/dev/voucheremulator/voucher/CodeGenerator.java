package dev.voucheremulator.voucher;

import dev.voucheremulator.api.ids.IdRandomness;
import dev.voucheremulator.spec.CodeConfig;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Random codes for one {@link CodeConfig}: each {@code #} of the pattern becomes a random charset
 * character, every other character is kept, and prefix/postfix wrap the result.
 */
class CodeGenerator {

    /** The largest space whose free codes are listed once random draws stop finding them. */
    private static final BigInteger LISTABLE = BigInteger.valueOf(1_000_000);

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
     * Up to {@code count} distinct codes that are not in {@code taken}. Random draws first; when they
     * keep hitting codes already had and the space is small enough to list, the codes still free are
     * listed and picked from at random, so a nearly exhausted space yields every free code. A larger
     * space that the draws could not fill returns fewer instead of spinning.
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
        if (codes.size() < count && capacity.compareTo(LISTABLE) <= 0) {
            List<String> free = new ArrayList<>();
            forEachCode(code -> {
                if (!taken.contains(code) && !codes.contains(code)) {
                    free.add(code);
                }
            });
            Collections.shuffle(free, IdRandomness.current());
            codes.addAll(free.subList(0, Math.min(free.size(), count - codes.size())));
        }
        return codes;
    }

    /** Every code of the space, in charset order (only for a space of at most {@link #LISTABLE} codes). */
    private void forEachCode(Consumer<String> action) {
        int slots = 0;
        for (char c : pattern) {
            slots += c == '#' ? 1 : 0;
        }
        int[] digits = new int[slots];
        while (true) {
            StringBuilder code = new StringBuilder(prefix.length() + pattern.length + postfix.length()).append(prefix);
            int slot = 0;
            for (char c : pattern) {
                code.append(c == '#' ? charset[digits[slot++]] : c);
            }
            action.accept(code.append(postfix).toString());
            int i = slots - 1;
            while (i >= 0 && ++digits[i] == charset.length) {
                digits[i--] = 0;
            }
            if (i < 0) {
                return;
            }
        }
    }
}
