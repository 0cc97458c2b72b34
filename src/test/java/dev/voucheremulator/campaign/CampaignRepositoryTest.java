package dev.voucheremulator.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.project.ProjectService;
import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.spec.ValidityHours;
import dev.voucheremulator.spec.ValidityTimeframe;
import dev.voucheremulator.support.EmulatorTest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import dev.voucheremulator.spec.CodeConfig;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.RedemptionLimit;
import dev.voucheremulator.spec.VoucherType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@EmulatorTest
@Transactional
class CampaignRepositoryTest {

    private static final Instant CREATED = Instant.parse("2025-03-01T10:00:00.000Z");

    @Autowired
    CampaignRepository repository;

    @Autowired
    EntityManager entityManager;

    @Autowired
    ProjectService projects;

    @Test
    void storesTheValidityInTheCampaignsOwnColumns() {
        Validity validity = new Validity(Instant.parse("2025-03-01T00:00:00.000Z"),
                Instant.parse("2025-06-30T23:59:59.000Z"), new ValidityTimeframe("P1W", "PT2H"), List.of(1, 3),
                new ValidityHours(List.of(new ValidityHours.Daily("11:30", List.of(1, 2), "13:00"))));
        Campaign saved = campaign("Spring");
        saved.validity(validity);
        repository.saveAndFlush(saved);
        entityManager.clear();

        assertThat(repository.findById(saved.id()).orElseThrow().validity()).isEqualTo(validity);
        assertThat(entityManager.createNativeQuery("""
                        select validity_day_of_week::text from campaign where id = :id""")
                .setParameter("id", saved.id()).getSingleResult()).isEqualTo("[1, 3]");
    }

    @Test
    void readsAnUnrestrictedValidityAsNoneNeverNull() {
        Campaign saved = campaign("Always");
        saved.validity(Validity.NONE);
        repository.saveAndFlush(saved);
        entityManager.clear();

        assertThat(repository.findById(saved.id()).orElseThrow().validity()).isEqualTo(Validity.NONE);
    }

    @Test
    void readsBackTheVoucherDefinitionMetadataAndReferralProgram() {
        CampaignVoucherConfig voucher = new CampaignVoucherConfig(VoucherType.GIFT_VOUCHER, null,
                new Gift(5_000L, null, null, Gift.GiftEffect.APPLY_TO_ORDER), null, new RedemptionLimit(3),
                new CodeConfig(10, "ABCDEF", "GIFT-", null, null, null));
        ReferralProgram referral = new ReferralProgram(ReferralProgram.ConversionEventType.custom_event,
                new ReferralProgram.CustomEvent("ev_1", "signed_up"),
                new ReferralProgram.RefereeReward(new ReferralProgram.RelatedObjectParent("camp_x", "Gifts", "CAMPAIGN"),
                        ReferralProgram.RewardType.GIFT_VOUCHER, 1_000L));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("region", "EMEA");
        metadata.put("budget", 12_000_000_000L);
        metadata.put("flags", List.of(true, 1, "x"));
        Map<String, Object> tiersExpiration = Map.of("qualification_type", "BALANCE", "expiration_date",
                Map.of("type", "CUSTOM", "extend", "P1Y"));
        Campaign saved = campaign("Gifts");
        saved.voucher(voucher);
        saved.metadata(metadata);
        saved.referralProgram(referral);
        saved.loyaltyTiersExpiration(tiersExpiration);
        repository.saveAndFlush(saved);
        entityManager.clear();

        Campaign read = repository.findById(saved.id()).orElseThrow();
        assertThat(read.voucher()).isEqualTo(voucher);
        assertThat(read.metadata()).isEqualTo(metadata);
        assertThat(read.metadata().get("budget")).isInstanceOf(Long.class);
        assertThat(read.referralProgram()).isEqualTo(referral);
        assertThat(read.loyaltyTiersExpiration()).isEqualTo(tiersExpiration);
    }

    private Campaign campaign(String name) {
        String projectId = "campaign-repository-" + UUID.randomUUID();
        projects.ensureExists(projectId);
        return new Campaign(ResourceIds.campaign(), projectId, name, CampaignType.PROMOTION, CodeGeneration.STATIC,
                CREATED);
    }
}
