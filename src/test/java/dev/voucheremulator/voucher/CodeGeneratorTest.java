package dev.voucheremulator.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.spec.CodeConfig;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CodeGeneratorTest {

    @Test
    void replacesEachHashOfThePatternAndKeepsOtherCharacters() {
        CodeGenerator generator = new CodeGenerator(new CodeConfig(null, "AB", null, null, "10OFF-###-x", null));

        IntStream.range(0, 200).mapToObj(i -> generator.next())
                .forEach(code -> assertThat(code).matches("10OFF-[AB]{3}-x"));
    }

    @Test
    void wrapsTheGeneratedPartInPrefixAndPostfix() {
        CodeGenerator generator = new CodeGenerator(new CodeConfig(null, "0123456789", "New-", "-0", "GIFT-####", null));

        assertThat(generator.next()).matches("New-GIFT-\\d{4}-0");
    }

    @Test
    void lengthOnlyConfigUsesThatManyCharsetCharacters() {
        CodeGenerator generator = new CodeGenerator(new CodeConfig(12, "xyz", "P", null, null, null));

        IntStream.range(0, 200).mapToObj(i -> generator.next())
                .forEach(code -> assertThat(code).matches("P[xyz]{12}"));
    }

    @Test
    void defaultsToEightAlphanumericCharacters() {
        CodeGenerator generator = new CodeGenerator(null);

        assertThat(generator.next()).matches("[0-9a-zA-Z]{8}");
    }

    @Test
    void everyCharsetCharacterTurnsUp() {
        CodeGenerator generator = new CodeGenerator(new CodeConfig(1, "abcd", null, null, null, null));

        Set<String> seen = new HashSet<>();
        IntStream.range(0, 500).forEach(i -> seen.add(generator.next()));

        assertThat(seen).containsExactlyInAnyOrder("a", "b", "c", "d");
    }

    @Test
    void capacityCountsDistinctCharsetCharactersPerHash() {
        CodeGenerator generator = new CodeGenerator(new CodeConfig(null, "0123456789", "X-", null, "##-##", null));

        assertThat(generator.capacity()).isEqualTo(BigInteger.valueOf(10_000));
        assertThat(generator.canProduce(10_000)).isTrue();
        assertThat(generator.canProduce(10_001)).isFalse();
        assertThat(new CodeGenerator(new CodeConfig(3, "aab", null, null, null, null)).capacity())
                .isEqualTo(BigInteger.valueOf(8));
    }

    @Test
    void drawsDistinctCodesUntilTheSpaceIsExhausted() {
        CodeGenerator generator = new CodeGenerator(new CodeConfig(null, "0123456789", null, null, "###", null));

        Set<String> all = generator.distinct(1_000, Set.of());
        Set<String> more = generator.distinct(10, all);

        assertThat(all).hasSize(1_000).allMatch(code -> code.matches("\\d{3}"));
        assertThat(more).isEmpty();
    }

    @Test
    void everyFreeCodeOfASmallSpaceIsFoundWhateverTheDraws() {
        CodeGenerator generator = new CodeGenerator(new CodeConfig(null, "0123456789", "A-", null, "#-##", null));
        for (int round = 0; round < 50; round++) {
            Set<String> taken = generator.distinct(900, Set.of());

            Set<String> rest = generator.distinct(200, taken);

            assertThat(rest).hasSize(100).doesNotContainAnyElementsOf(taken)
                    .allMatch(code -> code.matches("A-\\d-\\d\\d"));
        }
    }

    @Test
    void tenThousandCodesFromAThousandCodeSpaceAreNotPossible() {
        CodeGenerator generator = new CodeGenerator(new CodeConfig(3, "0123456789", null, null, null, null));

        assertThat(generator.canProduce(10_000)).isFalse();
        assertThat(generator.distinct(10_000, Set.of())).hasSize(1_000);
    }
}
