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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A program's tiers. A member qualifies for the tiers whose points range holds, by the program's
 * {@code loyalty_tiers_expiration.qualification_type}, the card's current balance (BALANCE, the
 * default) or the points it gained in the current calendar {@code qualification_period} (POINTS_IN_PERIOD:
 * MONTH, QUARTER, HALF_YEAR or YEAR, in UTC; points added, earned, activated or transferred in).
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
    private final LoyaltyTransactionRepository transactions;
    private final Clock clock;

    LoyaltyTierService(LoyaltyTierRepository repository, LoyaltyProgramService programs,
                       LoyaltyMemberService members, LoyaltyTransactionRepository transactions, Clock clock) {
        this.repository = repository;
        this.programs = programs;
        this.members = members;
        this.transactions = transactions;
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
        Map<String, Object> qualification = programs.get(projectId, card.campaignId()).loyaltyTiersExpiration();
        long qualifying = qualification != null && "POINTS_IN_PERIOD".equals(qualification.get("qualification_type"))
                ? transactions.sumEarnedSince(card.id(), periodStart(qualification.get("qualification_period")))
                : balance;
        List<LoyaltyTierResponse> tiers = repository.findByProjectIdAndCampaignId(projectId, card.campaignId(),
                        Sort.by(LoyaltyTier_.POINTS_FROM, LoyaltyTier_.CREATED_AT), Limit.unlimited()).stream()
                .filter(t -> t.contains(qualifying)).map(LoyaltyTierResponse::from).toList();
        return ListEnvelope.of(tiers);
    }

    /** The first instant of the calendar period (UTC) the clock is in; a month when none is named. */
    private Instant periodStart(Object period) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int monthsPerPeriod = switch (String.valueOf(period)) {
            case "QUARTER" -> 3;
            case "HALF_YEAR" -> 6;
            case "YEAR" -> 12;
            default -> 1;
        };
        int firstMonth = (today.getMonthValue() - 1) / monthsPerPeriod * monthsPerPeriod + 1;
        return LocalDate.of(today.getYear(), firstMonth, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
