package dev.voucheremulator.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.DiscountEffect;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.spec.ValidityHours;
import dev.voucheremulator.spec.ValidityTimeframe;
import dev.voucheremulator.spec.VoucherType;
import dev.voucheremulator.support.ReferencedRows;
import dev.voucheremulator.support.RepositoryTest;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every jsonb value of a voucher (discount, gift, loyalty card, metadata, validity) reads back equal. */
@RepositoryTest
class VoucherRepositoryTest {

    private static final Instant CREATED = Instant.parse("2025-03-04T05:06:07.089Z");

    @Autowired
    VoucherRepository repository;

    @Autowired
    EntityManager entityManager;

    @Autowired
    ReferencedRows rows;

    @Test
    void readsBackADiscountVoucherWithItsValidityAndMetadata() {
        String projectId = rows.project();
        Discount discount = new Discount(Discount.DiscountType.UNIT, null, null, 5_000L, null, new BigDecimal("7.25"),
                null, null, null, 2, null, "prod_1", new Discount.DiscountProduct("prod_1", "shoe", "Shoe"), null,
                List.of(new Discount.DiscountUnit(1, null, DiscountEffect.ADD_NEW_ITEMS, "prod_2",
                        new Discount.DiscountProduct("prod_2", null, null), null)),
                DiscountEffect.ADD_MISSING_ITEMS, false);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("count", 3);
        metadata.put("big", 9_007_199_254_740_993L);
        metadata.put("ratio", 0.5);
        metadata.put("tags", List.of("a", 2, false));
        metadata.put("nested", Map.of("empty", Map.of(), "list", List.of()));
        Validity validity = new Validity(Instant.parse("2025-03-01T00:00:00.000Z"), null,
                new ValidityTimeframe("P2D", "PT3H"), List.of(0, 6),
                new ValidityHours(List.of(new ValidityHours.Daily("08:00", List.of(1), "10:00"))));
        Voucher voucher = new Voucher("v_discount", projectId, "DISC-1", VoucherType.DISCOUNT_VOUCHER, CREATED);
        voucher.discount(discount);
        voucher.metadata(metadata);
        voucher.validity(validity);
        voucher.redemptionQuantity(5);
        repository.saveAndFlush(voucher);
        entityManager.clear();

        Voucher read = repository.findByProjectIdAndCodeAndDeletedAtIsNull(projectId, "DISC-1").orElseThrow();
        assertThat(read).isNotSameAs(voucher);
        assertThat(read.discount()).isEqualTo(discount);
        assertThat(read.metadata()).isEqualTo(metadata);
        assertThat(read.metadata().get("count")).isInstanceOf(Integer.class);
        assertThat(read.metadata().get("big")).isInstanceOf(Long.class);
        assertThat(read.validity()).isEqualTo(validity);
        assertThat(read.gift()).isNull();
        assertThat(read.loyaltyCard()).isNull();
        assertThat(read.redemptionQuantity()).isEqualTo(5);
        assertThat(read.createdAt()).isEqualTo(CREATED);
    }

    @Test
    void readsBackGiftAndLoyaltyCardBalances() {
        String projectId = rows.project();
        Gift gift = new Gift(10_000L, 2_500L, 7_500L, Gift.GiftEffect.APPLY_TO_ITEMS);
        Voucher giftCard = new Voucher("v_gift", projectId, "GIFT-1", VoucherType.GIFT_VOUCHER, CREATED);
        giftCard.gift(gift);
        LoyaltyCard card = new LoyaltyCard(1_200L, 1_000L, LocalDate.parse("2025-12-31"), 200L, 0L, 50L, 150L);
        Voucher loyalty = new Voucher("v_card", projectId, "CARD-1", VoucherType.LOYALTY_CARD, CREATED);
        loyalty.loyaltyCard(card);
        repository.saveAllAndFlush(List.of(giftCard, loyalty));
        entityManager.clear();

        assertThat(repository.findByProjectIdAndCodeAndDeletedAtIsNull(projectId, "GIFT-1").orElseThrow().gift())
                .isEqualTo(gift);
        Voucher readCard = repository.findByProjectIdAndCodeAndDeletedAtIsNull(projectId, "CARD-1").orElseThrow();
        assertThat(readCard.loyaltyCard()).isEqualTo(card);
        assertThat(readCard.validity()).isEqualTo(Validity.NONE);
        assertThat(readCard.metadata()).isEmpty();
    }
}
