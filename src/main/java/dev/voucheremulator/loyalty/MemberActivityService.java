package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.query.OrderParameter;
import dev.voucheremulator.api.query.Paging;
import dev.voucheremulator.voucher.VoucherResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's activity, told from the card's own records: its point transactions and its pending points
 * (added, cancelled). Removals by hand have no activity type in the spec and are left out. An activity's
 * id is derived from the record it tells of, so it is the same on every read.
 */
@Service
@Transactional
class MemberActivityService {

    // Newest first unless asked otherwise.
    private static final OrderParameter<Boolean> ASCENDING = OrderParameter.<Boolean>builder()
            .option("created_at", true)
            .option("-created_at", false)
            .listedPlainly()
            .byDefault(false);

    private final LoyaltyMemberService members;
    private final LoyaltyTransactionRepository transactions;
    private final PendingPointsRepository pending;
    private final PointsBucketRepository buckets;

    MemberActivityService(LoyaltyMemberService members, LoyaltyTransactionRepository transactions,
                          PendingPointsRepository pending, PointsBucketRepository buckets) {
        this.members = members;
        this.transactions = transactions;
        this.pending = pending;
        this.buckets = buckets;
    }

    /** list-points-expiration: the card's points still to expire, soonest first, by expiry date. */
    ListEnvelope<PointsExpirationResponse> pointsExpiration(String projectId, String campaignId, String memberId,
                                                            Integer limit, Integer page) {
        Paging paging = Paging.of(limit, page, 100);
        VoucherResponse card = members.get(projectId, campaignId, memberId);
        org.springframework.data.domain.Page<PointsBucket> found = buckets.findExpiring(card.id(),
                paging.pageable(org.springframework.data.domain.Sort.by(PointsBucket_.EXPIRES_ON, PointsBucket_.ID)));
        return ListEnvelope.of("data", found.map(PointsExpirationResponse::from).getContent(),
                found.getTotalElements());
    }

    ListEnvelope<MemberActivityResponse> list(String projectId, String campaignId, String memberId, Integer limit,
                                              String order, String startingAfterId) {
        Paging paging = Paging.of(limit, 1, 1);
        boolean ascending = ASCENDING.parseOrDefault(order);
        VoucherResponse card = members.get(projectId, campaignId, memberId);
        // at one instant, an entry is added before anything happens to it
        List<Ranked> ranked = new ArrayList<>();
        for (PendingPointsEntry p : pending.findAllOfCard(card.id())) {
            ranked.add(new Ranked(activity(p.id(), "customer.voucher.loyalty_card.pending_points.added", card,
                    "pending_points", PendingPointsResponse.from(p), p.createdAt()), 0, p.seq()));
            if (PendingPointsEntry.Status.CANCELED.name().equals(p.status())) {
                ranked.add(new Ranked(activity(p.id() + "/canceled",
                        "customer.voucher.loyalty_card.pending_points.canceled", card, "pending_points",
                        PendingPointsResponse.from(p), p.updatedAt()), 2, p.seq()));
            }
        }
        for (LoyaltyTransaction t : transactions.findAllOfCard(card.id())) {
            String type = typeOf(t.type());
            if (type != null) {
                ranked.add(new Ranked(activity(t.id(), type, card, "transaction", LoyaltyTransactionResponse.from(t),
                        t.createdAt()), 1, t.seq()));
            }
        }
        Comparator<Ranked> byTime = Comparator.comparing((Ranked r) -> r.activity().createdAt())
                .thenComparingInt(Ranked::rank).thenComparingLong(Ranked::seq);
        ranked.sort(ascending ? byTime : byTime.reversed());
        List<MemberActivityResponse> all = ranked.stream().map(Ranked::activity).toList();
        int from = 0;
        if (startingAfterId != null && !startingAfterId.isBlank()) {
            from = indexOf(all, startingAfterId) + 1;
        }
        List<MemberActivityResponse> page = all.subList(from, Math.min(all.size(), from + paging.limit()));
        boolean hasMore = from + page.size() < all.size();
        return ListEnvelope.cursor(new ArrayList<>(page), null, hasMore,
                hasMore ? page.get(page.size() - 1).id() : null);
    }

    private record Ranked(MemberActivityResponse activity, int rank, long seq) {
    }

    private static int indexOf(List<MemberActivityResponse> all, String id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        throw ApiException.invalidQueryParams(
                "Query parameter 'starting_after_id' should be the id of an activity of this list");
    }

    private static String typeOf(String transactionType) {
        return switch (LoyaltyTransaction.Type.valueOf(transactionType)) {
            case POINTS_ADDITION -> "customer.voucher.loyalty_card.points_added";
            case POINTS_ACCRUAL -> "customer.rewarded.loyalty_points";
            case PENDING_POINTS_ACTIVATION -> "customer.voucher.loyalty_card.pending_points.activated";
            case POINTS_EXPIRATION -> "customer.voucher.loyalty_card.points_expired";
            case POINTS_TRANSFER_IN, POINTS_TRANSFER_OUT -> "customer.voucher.loyalty_card.points_transferred";
            case POINTS_REDEMPTION -> "customer.redemption.succceeded"; // sic: the spec's spelling
            case POINTS_REFUND -> "customer.redemption.rollback.succceeded";
            case POINTS_REMOVAL -> null;
        };
    }

    private static MemberActivityResponse activity(String sourceId, String type, VoucherResponse card, String key,
                                                   Object record, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("customer", card.holderId() == null ? null : Map.of("id", card.holderId(), "object", "customer"));
        Map<String, Object> voucher = new LinkedHashMap<>();
        voucher.put("id", card.id());
        voucher.put("code", card.code());
        voucher.put("campaign_id", card.campaignId());
        voucher.put("object", "voucher");
        data.put("voucher", voucher);
        data.put(key, record);
        return new MemberActivityResponse(id(sourceId), type, data, at);
    }

    private static String id(String sourceId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sourceId.getBytes(StandardCharsets.UTF_8));
            return "evcus_0" + HexFormat.of().formatHex(hash).substring(0, 17);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
