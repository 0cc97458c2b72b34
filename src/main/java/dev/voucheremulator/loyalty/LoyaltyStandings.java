package dev.voucheremulator.loyalty;

import dev.voucheremulator.customer.CustomerStandings;
import dev.voucheremulator.voucher.VoucherResponse;
import dev.voucheremulator.voucher.VoucherService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The loyalty cards customers hold, for their {@code loyalty} figures. Read without writing: the points
 * due to expire are taken off the stored balance here, as the next read of the card would expire them.
 */
@Component
@Transactional(readOnly = true)
class LoyaltyStandings implements CustomerStandings {

    private final VoucherService vouchers;
    private final PointsBucketRepository buckets;
    private final LoyaltyTierRepository tiers;
    private final Clock clock;

    LoyaltyStandings(VoucherService vouchers, PointsBucketRepository buckets, LoyaltyTierRepository tiers,
                     Clock clock) {
        this.vouchers = vouchers;
        this.buckets = buckets;
        this.tiers = tiers;
        this.clock = clock;
    }

    @Override
    public List<Card> cards(String projectId, Collection<String> customerIds) {
        List<VoucherResponse> held = vouchers.loyaltyCardsHeldBy(projectId, customerIds);
        if (held.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<String, Long> due = buckets.sumDue(held.stream().map(VoucherResponse::id).toList(), today).stream()
                .collect(Collectors.toMap(PointsBucketRepository.DuePoints::getVoucherId,
                        PointsBucketRepository.DuePoints::getPoints));
        // the lowest tier that holds the balance, as GET /v1/loyalties/members/{id}/tiers lists them first
        Map<String, List<LoyaltyTier>> tiersByProgram = tiers.findByProjectIdAndCampaignIdIn(projectId,
                        held.stream().map(VoucherResponse::campaignId).filter(Objects::nonNull).distinct().toList(),
                        Sort.by(LoyaltyTier_.POINTS_FROM, LoyaltyTier_.CREATED_AT)).stream()
                .collect(Collectors.groupingBy(LoyaltyTier::campaignId));
        return held.stream().map(card -> {
            long stored = card.loyaltyCard() == null || card.loyaltyCard().balance() == null ? 0
                    : card.loyaltyCard().balance();
            long balance = stored - Math.min(stored, due.getOrDefault(card.id(), 0L));
            LoyaltyTier tier = tiersByProgram.getOrDefault(card.campaignId(), List.of()).stream()
                    .filter(t -> t.contains(balance)).findFirst().orElse(null);
            return new Card(card.holderId(), card.id(), card.code(), card.campaignId(), card.campaign(), balance,
                    tier == null ? null : tier.id(), tier == null ? null : tier.name());
        }).toList();
    }
}
