package dev.voucheremulator.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.DiscountEffect;
import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.spec.ValidityTimeframe;
import dev.voucheremulator.support.ReferencedRows;
import dev.voucheremulator.support.RepositoryTest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A tier's action (its discount), metadata and validity read back equal. */
@RepositoryTest
class PromotionTierRepositoryTest {

    @Autowired
    PromotionTierRepository repository;

    @Autowired
    EntityManager entityManager;

    @Autowired
    ReferencedRows rows;

    @Test
    void readsBackTheActionMetadataAndValidity() {
        String projectId = rows.project();
        String campaignId = rows.campaign(projectId, "Promotion");
        Discount discount = new Discount(Discount.DiscountType.AMOUNT, 1_500L, null, null, null, null, null, null,
                null, null, null, null, null, null, null, DiscountEffect.APPLY_TO_ITEMS_PROPORTIONALLY, false);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("level", 2);
        metadata.put("note", "first order");
        metadata.put("weights", List.of(1, 2.5));
        Validity validity = new Validity(null, Instant.parse("2025-12-31T23:59:59.000Z"),
                new ValidityTimeframe("P1D", "PT12H"), List.of(5), null);
        PromotionTier tier = new PromotionTier("promo_tier_1", projectId, campaignId, "15 off", 1,
                Instant.parse("2025-02-01T00:00:00.000Z"));
        tier.define("Get 15 off", new PromotionTier.Action(discount), metadata, true, null);
        tier.validity(validity);
        repository.saveAndFlush(tier);
        entityManager.clear();

        PromotionTier read = repository.findByProjectIdAndId(projectId, "promo_tier_1").orElseThrow();
        assertThat(read).isNotSameAs(tier);
        assertThat(read.action()).isEqualTo(new PromotionTier.Action(discount));
        assertThat(read.metadata()).isEqualTo(metadata);
        assertThat(read.metadata().get("level")).isInstanceOf(Integer.class);
        assertThat(read.validity()).isEqualTo(validity);
        assertThat(read.banner()).isEqualTo("Get 15 off");
        assertThat(read.hierarchy()).isEqualTo(1);
        assertThat(read.active()).isTrue();
    }
}
