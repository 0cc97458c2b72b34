package dev.voucheremulator.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.campaign.CampaignType;
import dev.voucheremulator.campaign.CodeGeneration;
import dev.voucheremulator.campaign.CreateCampaignRequest;
import dev.voucheremulator.spec.CodeConfig;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.DiscountEffect;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.LoyaltyCardConfig;
import dev.voucheremulator.spec.RedemptionLimit;
import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.spec.ValidityHours;
import dev.voucheremulator.spec.ValidityTimeframe;
import dev.voucheremulator.spec.VoucherType;
import dev.voucheremulator.support.ReferencedRows;
import dev.voucheremulator.support.RepositoryTest;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RepositoryTest
class CampaignTemplateRepositoryTest {

    private static final Instant START = Instant.parse("2025-06-01T08:00:00.250Z");
    private static final Instant END = Instant.parse("2025-09-30T21:59:59.999Z");

    @Autowired
    CampaignTemplateRepository repository;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferencedRows rows;

    @Test
    void storesTheWholeCampaignSetUpAsJsonbAndReadsItBackUnchanged() {
        String projectId = rows.project();
        TemplateDefinition definition = discountCampaign();
        CampaignTemplate template = new CampaignTemplate("camp_tpl_000000000000000000000001", projectId,
                "Summer template", "Every summer", definition, "val_0123456789ab",
                Instant.parse("2025-05-01T10:00:00.001Z"));

        repository.saveAndFlush(template);
        entityManager.clear();

        CampaignTemplate read = repository.findByProjectIdAndId(projectId, "camp_tpl_000000000000000000000001")
                .orElseThrow();
        assertThat(read).isNotSameAs(template);
        // Records compare every component, nested ones included: a field the mapper drops fails here.
        assertThat(read.definition()).isEqualTo(definition);
        assertThat(read.definition().voucher().discount().percentOff()).isEqualTo(new BigDecimal("12.5"));
        assertThat(read.definition().voucher().redemption().quantity()).isNull();
        assertThat(read.definition().metadata().get("priority")).isInstanceOf(Integer.class);

        assertThat(read.id()).isEqualTo("camp_tpl_000000000000000000000001");
        assertThat(read.name()).isEqualTo("Summer template");
        assertThat(read.description()).isEqualTo("Every summer");
        assertThat(read.campaignType()).isEqualTo(CampaignType.DISCOUNT_COUPONS);
        assertThat(read.validationRuleId()).isEqualTo("val_0123456789ab");
        assertThat(read.createdAt()).isEqualTo(Instant.parse("2025-05-01T10:00:00.001Z"));
        assertThat(read.updatedAt()).isNull();
        assertThat(repository.existsByProjectIdAndName(projectId, "Summer template")).isTrue();
    }

    @Test
    void storesAGiftAndALoyaltySetUpWithTheirOwnNestedRecords() {
        String projectId = rows.project();
        TemplateDefinition gift = definition(CampaignType.GIFT_VOUCHERS, new CreateCampaignRequest.VoucherDefinition(
                VoucherType.GIFT_VOUCHER, null, new Gift(10_000L, 0L, 10_000L, Gift.GiftEffect.APPLY_TO_ITEMS), null,
                new RedemptionLimit(3), CodeConfig.DEFAULT, null), Map.of());
        TemplateDefinition loyalty = definition(CampaignType.LOYALTY_PROGRAM,
                new CreateCampaignRequest.VoucherDefinition(VoucherType.LOYALTY_CARD, null, null,
                        new LoyaltyCardConfig(250L, new LoyaltyCardConfig.ExpirationRules(
                                LoyaltyCardConfig.PeriodType.MONTH, 12, LoyaltyCardConfig.RoundingType.END_OF_YEAR,
                                null, null, null)),
                        null, null, null), null);
        repository.saveAndFlush(new CampaignTemplate("camp_tpl_gift", projectId, "Gift", null, gift, null,
                Instant.parse("2025-05-01T10:00:00Z")));
        repository.saveAndFlush(new CampaignTemplate("camp_tpl_loyalty", projectId, "Loyalty", null, loyalty, null,
                Instant.parse("2025-05-01T10:00:00.001Z")));
        entityManager.clear();

        assertThat(java.util.stream.Stream.of("camp_tpl_gift", "camp_tpl_loyalty")
                .map(id -> repository.findByProjectIdAndId(projectId, id).orElseThrow()).toList())
                .extracting(CampaignTemplate::definition)
                .containsExactly(gift, loyalty);
    }

    @Test
    void keepsTheRenameAndBumpsTheVersion() {
        String projectId = rows.project();
        repository.saveAndFlush(new CampaignTemplate("camp_tpl_rename", projectId, "Before", "old",
                discountCampaign(), null, Instant.parse("2025-05-01T10:00:00Z")));
        entityManager.clear();

        CampaignTemplate loaded = repository.findById("camp_tpl_rename").orElseThrow();
        loaded.rename("After", null, Instant.parse("2025-05-02T10:00:00.500Z"));
        repository.flush();
        entityManager.clear();

        CampaignTemplate read = repository.findById("camp_tpl_rename").orElseThrow();
        assertThat(read.name()).isEqualTo("After");
        assertThat(read.description()).isNull();
        assertThat(read.updatedAt()).isEqualTo(Instant.parse("2025-05-02T10:00:00.500Z"));
        assertThat(read.definition()).isEqualTo(discountCampaign());
        assertThat(jdbc.sql("select version from campaign_template where id = 'camp_tpl_rename'").query(Long.class)
                .single()).isEqualTo(1L);
    }

    @Test
    void writesTheDefinitionInTheWireFormat() {
        String projectId = rows.project();
        repository.saveAndFlush(new CampaignTemplate("camp_tpl_wire", projectId, "Wire", null, discountCampaign(),
                null, Instant.now()));

        JsonNode stored = json.readTree(jdbc.sql("select definition::text from campaign_template where id = ?")
                .param("camp_tpl_wire").query(String.class).single());
        assertThat(stored.get("campaign_type").asString()).isEqualTo("DISCOUNT_COUPONS");
        assertThat(stored.get("join_once").asBoolean()).isTrue();
        // Voucherify's timestamps always carry milliseconds
        assertThat(stored.get("start_date").asString()).isEqualTo("2025-06-01T08:00:00.250Z");
        assertThat(stored.at("/voucher/code_config/pattern").asString()).isEqualTo("SUMMER-####");
        // RedemptionLimit writes an unlimited quantity as an explicit null; other nulls are left out
        assertThat(stored.at("/voucher/redemption").has("quantity")).isTrue();
        assertThat(stored.at("/voucher/redemption/quantity").isNull()).isTrue();
        assertThat(stored.get("voucher").has("gift")).isFalse();
        assertThat(stored.has("activity_duration_after_publishing")).isFalse();
    }

    private static TemplateDefinition discountCampaign() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("region", "EMEA");
        metadata.put("priority", 1);
        metadata.put("weights", List.of(0.5, 2, 3_000_000_000L));
        metadata.put("empty", Map.of());
        Discount discount = new Discount(Discount.DiscountType.PERCENT, null, null, 5000L, 100_000L,
                new BigDecimal("12.5"), null, null, null, null, null, null,
                new Discount.DiscountProduct("prod_1", "shoes", "Shoes"), null, List.of(),
                DiscountEffect.APPLY_TO_ITEMS, false);
        return new TemplateDefinition(CampaignType.DISCOUNT_COUPONS, CodeGeneration.AUTO_UPDATE, "Summer sale",
                true, false, true, new Validity(START, END, new ValidityTimeframe("P1D", "PT1H"), List.of(1, 3, 5),
                new ValidityHours(List.of(new ValidityHours.Daily("09:00", List.of(0, 6), "17:30")))), null, metadata,
                new CreateCampaignRequest.VoucherDefinition(VoucherType.DISCOUNT_VOUCHER, discount, null, null,
                        RedemptionLimit.UNLIMITED, new CodeConfig(null, "ABC123", "SUMMER-", "-25", "SUMMER-####", 5),
                        false));
    }

    private static TemplateDefinition definition(CampaignType type, CreateCampaignRequest.VoucherDefinition voucher,
                                                  Map<String, Object> metadata) {
        return new TemplateDefinition(type, CodeGeneration.STATIC, null, false, false, false,
                new Validity(null, null, null, List.of(), null), "P30D", metadata, voucher);
    }
}
