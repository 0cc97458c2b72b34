package dev.voucheremulator.loyalty;

import dev.voucheremulator.analytics.Counter;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.spec.LoyaltyCardConfig;
import dev.voucheremulator.spec.VoucherType;
import dev.voucheremulator.voucher.VoucherCounterService;
import dev.voucheremulator.voucher.VoucherResponse;
import dev.voucheremulator.voucher.VoucherService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Points moved from other cards to a program's card: each source loses them (its total too, as the
 * spec's example shows) in a POINTS_TRANSFER_OUT transaction naming the destination, and the
 * destination gains them in a POINTS_TRANSFER_IN naming the source, expiring by its own program's
 * rules. Every card involved must have a holder; all moves happen, or none.
 */
@Service
@Transactional
class PointsTransferService {

    private final LoyaltyProgramService programs;
    private final VoucherService vouchers;
    private final VoucherCounterService counters;
    private final LoyaltyPointsService points;
    private final PointsBucketRepository buckets;
    private final LoyaltyTransactionRepository transactions;
    private final Clock clock;

    PointsTransferService(LoyaltyProgramService programs, VoucherService vouchers,
                          VoucherCounterService counters, LoyaltyPointsService points,
                          PointsBucketRepository buckets, LoyaltyTransactionRepository transactions, Clock clock) {
        this.programs = programs;
        this.vouchers = vouchers;
        this.counters = counters;
        this.points = points;
        this.buckets = buckets;
        this.transactions = transactions;
        this.clock = clock;
    }

    VoucherResponse transfer(String projectId, String campaignId, String memberId, List<TransferPointsRequest> body) {
        CampaignResponse program = programs.get(projectId, campaignId);
        if (body == null || body.isEmpty()) {
            throw ApiException.invalidPayload("Payload should be a non-empty array of transfers");
        }
        VoucherResponse destination = card(projectId, memberId);
        if (!program.id().equals(destination.campaignId())) {
            throw ApiException.notFound("voucher", memberId);
        }
        List<VoucherResponse> sources = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            TransferPointsRequest item = body.get(i);
            if (item == null || item.code() == null || item.code().isBlank()) {
                throw ApiException.invalidPayload("Property '[" + i + "].code' is required");
            }
            if (item.points() == null || item.points() < 1) {
                throw ApiException.invalidPayload("Property '[" + i + "].points' should be a positive integer");
            }
            VoucherResponse source = card(projectId, item.code());
            if (source.id().equals(destination.id())) {
                throw ApiException.invalidPayload("Points cannot be transferred from a card to itself");
            }
            sources.add(source);
        }
        for (VoucherResponse card : sources) {
            published(card);
        }
        published(destination);
        // locked in id order, so two transfers between the same cards cannot wait on each other
        TreeSet<String> ids = new TreeSet<>(sources.stream().map(VoucherResponse::id).toList());
        ids.add(destination.id());
        ids.forEach(id -> points.current(projectId, id));

        LocalDate expiresOn = PointsExpiry.lastDay(rules(program), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        for (int i = 0; i < body.size(); i++) {
            move(projectId, sources.get(i).id(), destination.id(), body.get(i), expiresOn);
        }
        return points.current(projectId, destination.id());
    }

    private void move(String projectId, String fromId, String toId, TransferPointsRequest item, LocalDate expiresOn) {
        long moved = item.points();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String outId = ResourceIds.loyaltyTransaction();
        String inId = ResourceIds.loyaltyTransaction();

        VoucherResponse from = points.current(projectId, fromId);
        CardPoints s = CardPoints.of(from.loyaltyCard());
        if (moved > s.balance) {
            throw ApiException.badRequest("loyalty_card_points_exceeded", "Loyalty card points exceeded",
                    "Cannot transfer " + moved + " points from loyalty card " + from.code() + " with a balance of "
                            + s.balance);
        }
        List<PointsBucket> live = buckets.findLive(fromId);
        CardPoints.spend(live, s.balance, moved);
        s.balance -= moved;
        s.points -= moved;
        VoucherResponse fromAfter = counters.updateLoyaltyCard(projectId, fromId, s.card(live));

        VoucherResponse to = points.current(projectId, toId);
        CardPoints d = CardPoints.of(to.loyaltyCard());
        List<PointsBucket> toLive = buckets.findLive(toId);
        toLive.add(buckets.save(new PointsBucket(projectId, to.campaignId(), toId, moved, expiresOn, now)));
        d.balance += moved;
        d.points += moved;
        VoucherResponse toAfter = counters.updateLoyaltyCard(projectId, toId, d.card(toLive));

        transactions.save(new LoyaltyTransaction(outId, projectId, from.campaignId(), fromId,
                LoyaltyTransaction.Type.POINTS_TRANSFER_OUT, -moved, s.balance, s.points, false, now)
                .described(item.sourceId(), "API", item.reason())
                .detailed("destination_voucher", simple(toAfter), inId));
        transactions.save(new LoyaltyTransaction(inId, projectId, to.campaignId(), toId,
                LoyaltyTransaction.Type.POINTS_TRANSFER_IN, moved, d.balance, d.points, false, now)
                .described(item.sourceId(), "API", item.reason())
                .detailed("source_voucher", simple(fromAfter), outId));
        points.record(projectId, from, "loyalty.points.transferred.out", now, Counter.POINTS_TRANSFERRED_OUT, moved,
                outId);
        points.record(projectId, to, "loyalty.points.transferred.in", now, Counter.POINTS_TRANSFERRED_IN, moved, inId);
    }

    /** The spec's {@code SimpleVoucher} of a card, as a transaction shows the other card of a transfer. */
    private static Map<String, Object> simple(VoucherResponse card) {
        Map<String, Object> loyaltyCard = new LinkedHashMap<>();
        loyaltyCard.put("points", card.loyaltyCard().points());
        loyaltyCard.put("balance", card.loyaltyCard().balance());
        loyaltyCard.put("next_expiration_date", card.loyaltyCard().nextExpirationDate() == null ? null
                : card.loyaltyCard().nextExpirationDate().toString());
        loyaltyCard.put("next_expiration_points", card.loyaltyCard().nextExpirationPoints());
        Map<String, Object> simple = new LinkedHashMap<>();
        simple.put("id", card.id());
        simple.put("code", card.code());
        simple.put("type", card.type().name());
        simple.put("campaign", card.campaign());
        simple.put("campaign_id", card.campaignId());
        simple.put("loyalty_card", loyaltyCard);
        simple.put("is_referral_code", card.isReferralCode());
        return simple;
    }

    private void published(VoucherResponse card) {
        if (card.holderId() == null) {
            throw ApiException.badRequest("loyalty_card_not_published", "Loyalty card not published",
                    "Points can be transferred only between loyalty cards with holders; " + card.code() + " has none");
        }
    }

    private VoucherResponse card(String projectId, String codeOrId) {
        return vouchers.find(projectId, codeOrId)
                .filter(v -> v.type() == VoucherType.LOYALTY_CARD && v.campaignId() != null)
                .orElseThrow(() -> ApiException.notFound("voucher", codeOrId));
    }

    private static LoyaltyCardConfig.ExpirationRules rules(CampaignResponse program) {
        return program.voucher() == null || program.voucher().loyaltyCard() == null ? null
                : program.voucher().loyaltyCard().expirationRules();
    }
}
