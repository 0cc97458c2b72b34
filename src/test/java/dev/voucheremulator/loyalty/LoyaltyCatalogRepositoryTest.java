package dev.voucheremulator.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.campaign.CampaignType;
import dev.voucheremulator.project.ProjectService;
import dev.voucheremulator.spec.LoyaltyCardConfig;
import dev.voucheremulator.spec.ValidityHours;
import dev.voucheremulator.spec.ValidityTimeframe;
import dev.voucheremulator.support.EmulatorTest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The typed jsonb definitions of rewards and earning rules survive a round trip through PostgreSQL. */
@EmulatorTest
@Transactional
class LoyaltyCatalogRepositoryTest {

    private static final Instant AT = Instant.parse("2025-06-17T10:15:00.123Z");

    @Autowired
    RewardRepository rewards;

    @Autowired
    EarningRuleRepository earningRules;

    @Autowired
    EntityManager entityManager;

    @Autowired
    ProjectService projects;

    @Autowired
    JsonMapper json;

    @Test
    void storesARewardDefinitionAsJsonb() {
        String projectId = project();
        Reward.Definition definition = new Reward.Definition(
                new RewardParameters(new RewardParameters.Campaign("camp_1", 1000L, CampaignType.GIFT_VOUCHERS),
                        new RewardParameters.Coin(json.readTree("\"0.5\""), json.readTree("2")),
                        new RewardParameters.Product("prod_1", "sku_1")),
                10L, new Reward.Attributes("https://example.com/mug.png", "A mug"), Map.of("tier", "gold"));
        rewards.saveAndFlush(new Reward("rew_roundtrip" + UUID.randomUUID(), projectId, "Mug", Reward.Type.CAMPAIGN,
                definition, AT));
        entityManager.clear();

        Reward read = rewards.findByProjectId(projectId, Pageable.unpaged())
                .getContent().get(0);
        assertThat(read.definition()).isEqualTo(definition);
        assertThat(read.type()).isEqualTo(Reward.Type.CAMPAIGN);
        assertThat(read.definition().parameters().coin().exchangeRatio().isString()).isTrue();
    }

    @Test
    void storesAnEarningRuleDefinitionAsJsonb() {
        String projectId = project();
        String campaignId = "camp_roundtrip" + UUID.randomUUID();
        entityManager.createNativeQuery("""
                insert into campaign (id, project_id, name, campaign_type, type, creation_status, created_at)
                values (?1, ?2, 'Points', 'LOYALTY_PROGRAM', 'AUTO_UPDATE', 'DONE', now())""")
                .setParameter(1, campaignId).setParameter(2, projectId).executeUpdate();
        EarningRuleLoyalty.Proportion every100 = new EarningRuleLoyalty.Proportion(100L, 1L, null, null, "product",
                "prod_1", List.of(new EarningRuleLoyalty.ApplicableTo("sku", "sku_1")));
        EarningRule.Definition definition = new EarningRule.Definition("val_1",
                new EarningRuleLoyalty(EarningRuleLoyalty.Type.PROPORTIONAL, null, null,
                        EarningRuleLoyalty.CalculationType.ORDER_ITEMS_AMOUNT, null,
                        new EarningRuleLoyalty.OrderItems(null, every100, null), null, null),
                "order.paid", new EarningRule.CustomEvent("ms_1"), new EarningRule.Ref("seg_1"),
                new EarningRule.Ref("ltr_1"), new EarningRule.Source("Order paid", null, null),
                "2025-01-01T00:00:00Z", "2026-01-01", new ValidityTimeframe("P1D", "PT1H"), List.of(1, 2),
                new ValidityHours(List.of(new ValidityHours.Daily("10:00", List.of(1), "12:00"))),
                new EarningRule.PendingPoints(EarningRule.PendingPoints.PeriodType.DAY, 3),
                new LoyaltyCardConfig.ExpirationRules(LoyaltyCardConfig.PeriodType.MONTH, 2,
                        LoyaltyCardConfig.RoundingType.END_OF_MONTH, 0, null, null),
                Map.of("m", true));
        earningRules.saveAndFlush(new EarningRule("ern_roundtrip", projectId, campaignId, false, definition, AT));
        entityManager.clear();

        EarningRule read = earningRules.findByProjectIdAndCampaignIdAndId(projectId, campaignId, "ern_roundtrip")
                .orElseThrow();
        assertThat(read.definition()).isEqualTo(definition);
        assertThat(read.active()).isFalse();
    }

    private String project() {
        String projectId = "loyalty-catalog-" + UUID.randomUUID();
        projects.ensureExists(projectId);
        return projectId;
    }
}
