package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.query.OrderParameter;
import dev.voucheremulator.api.query.Paging;
import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.voucher.VoucherResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A program's tiers. A member's tier follows qualification_type BALANCE: the tiers whose points range
 * holds the card's current balance (POINTS_IN_PERIOD is not emulated and is treated the same way).
 */
@Service
@Transactional(readOnly = true)
class LoyaltyTierService {

    // Oldest first unless asked otherwise; the id breaks ties.
    private static final OrderParameter<Sort> ORDERS = OrderParameter.sorts()
            .tieBreaks(LoyaltyTier_.ID)
            .field("created_at", LoyaltyTier_.CREATED_AT)
            .field("updated_at", LoyaltyTier_.UPDATED_AT)
            .listedPlainly()
            .byDefault("created_at");

    private final LoyaltyTierRepository repository;
    private final LoyaltyProgramService programs;
    private final LoyaltyMemberService members;
    private final Clock clock;

    LoyaltyTierService(LoyaltyTierRepository repository, LoyaltyProgramService programs,
                       LoyaltyMemberService members, Clock clock) {
        this.repository = repository;
        this.programs = programs;
        this.members = members;
        this.clock = clock;
    }

    @Transactional
    List<LoyaltyTierResponse> create(String projectId, String campaignId, List<LoyaltyTierRequest> body) {
        CampaignResponse program = programs.get(projectId, campaignId);
        // an empty array creates nothing and answers [] (the SDK's suite sends one)
        if (body == null) {
            throw ApiException.invalidPayload("Payload should be an array of tiers");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<LoyaltyTierResponse> created = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            LoyaltyTierRequest tier = body.get(i);
            if (tier == null || tier.name() == null || tier.name().isBlank()) {
                throw ApiException.invalidPayload("Property '[" + i + "].name' is required");
            }
            if (tier.points() == null || tier.points().from() == null) {
                throw ApiException.invalidPayload("Property '[" + i + "].points.from' is required");
            }
            if (tier.points().to() != null && tier.points().to() < tier.points().from()) {
                throw ApiException.invalidPayload("Property '[" + i + "].points.to' should not be less than 'from'");
            }
            // one millisecond apart, so the tiers list in the order they were sent
            LoyaltyTier saved = repository.save(new LoyaltyTier(ResourceIds.loyaltyTier(), projectId, program.id(),
                    tier.name(), tier.points().from(), tier.points().to(),
                    new LoyaltyTier.Definition(tier.earningRules(), tier.rewards()), tier.metadata(),
                    now.plusMillis(i)));
            created.add(LoyaltyTierResponse.from(saved));
        }
        return created;
    }

    ListEnvelope<LoyaltyTierResponse> list(String projectId, String campaignId, Integer limit, String order) {
        CampaignResponse program = programs.get(projectId, campaignId);
        Paging paging = Paging.of(limit, 1, 1);
        Sort sort = ORDERS.parseOrDefault(order);
        List<LoyaltyTierResponse> tiers = repository.findByProjectIdAndCampaignId(projectId, program.id(), sort,
                Limit.of(paging.limit())).stream().map(LoyaltyTierResponse::from).toList();
        return ListEnvelope.of("data", tiers, repository.countByProjectIdAndCampaignId(projectId, program.id()));
    }

    LoyaltyTierResponse get(String projectId, String campaignId, String tierId) {
        CampaignResponse program = programs.get(projectId, campaignId);
        return repository.findByProjectIdAndCampaignIdAndId(projectId, program.id(), tierId)
                .map(LoyaltyTierResponse::from)
                .orElseThrow(() -> ApiException.notFound("loyalty_tier", tierId));
    }

    /** GET /v1/loyalties/members/{memberId}/tiers: the tiers the member's balance qualifies for. */
    @Transactional
    ListEnvelope<LoyaltyTierResponse> ofMember(String projectId, String memberId) {
        VoucherResponse card = members.get(projectId, null, memberId);
        long balance = card.loyaltyCard() == null || card.loyaltyCard().balance() == null ? 0
                : card.loyaltyCard().balance();
        List<LoyaltyTierResponse> tiers = repository.findByProjectIdAndCampaignId(projectId, card.campaignId(),
                        Sort.by(LoyaltyTier_.POINTS_FROM, LoyaltyTier_.CREATED_AT), Limit.unlimited()).stream()
                .filter(t -> t.contains(balance)).map(LoyaltyTierResponse::from).toList();
        return ListEnvelope.of(tiers);
    }
}
