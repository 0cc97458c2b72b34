package dev.voucheremulator.loyalty;

import dev.voucheremulator.analytics.AnalyticsService;
import dev.voucheremulator.analytics.CampaignEvent;
import dev.voucheremulator.analytics.Counter;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.campaign.CampaignSummaryRequested;
import dev.voucheremulator.voucher.LoyaltyCard;
import dev.voucheremulator.voucher.VoucherResponse;
import dev.voucheremulator.voucher.VoucherCounterService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A loyalty card's points: added points go into buckets with their own expiry, spending takes from the
 * buckets that expire first, and each change is a transaction plus a summary event in the same
 * database transaction. Every operation locks the card's row and first expires what is due by the
 * clock, so points expire exactly when some read or write first looks at the card after their day.
 * Points a card held before any bucket (the program's starting points) never expire.
 */
@Service
@Transactional(readOnly = true)
public class LoyaltyPointsService {

    private final VoucherCounterService vouchers;
    private final PointsBucketRepository buckets;
    private final LoyaltyTransactionRepository transactions;
    private final PendingPointsRepository pending;
    private final AnalyticsService analytics;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LoyaltyPointsService(VoucherCounterService vouchers, PointsBucketRepository buckets,
                         LoyaltyTransactionRepository transactions, PendingPointsRepository pending,
                         AnalyticsService analytics, Clock clock, ApplicationEventPublisher events) {
        this.vouchers = vouchers;
        this.buckets = buckets;
        this.transactions = transactions;
        this.pending = pending;
        this.analytics = analytics;
        this.clock = clock;
        this.events = events;
    }

    /** What a manual balance change asks for: {@code points} ≠ 0; added points expire after {@code expiresOn}. */
    record Change(long points, LocalDate expiresOn, String reason, String sourceId) {
    }

    /**
     * Locks the card, expires its due points and activates its pending points whose day came: how every
     * read or write of a card starts.
     */
    @Transactional
    public VoucherResponse current(String projectId, String voucherId) {
        VoucherResponse card = vouchers.lock(projectId, voucherId)
                .orElseThrow(() -> ApiException.notFound("voucher", voucherId));
        card = expireDue(projectId, card);
        Long waiting = card.loyaltyCard() == null ? null : card.loyaltyCard().pendingPoints();
        if (waiting != null && waiting > 0) {
            for (PendingPointsEntry due : pending.findDue(voucherId, today())) {
                // activated at the start of their day, whenever the card is looked at next
                card = activate(projectId, card, due, due.activatesOn().atStartOfDay(ZoneOffset.UTC).toInstant(), true);
            }
        }
        return card;
    }

    /**
     * Expires the due points and activates the due pending points of every card of a campaign: before its
     * summary or a list of its transactions or pending points is read.
     */
    @Transactional
    public void expireCampaign(String projectId, String campaignId) {
        java.util.Set<String> cards = new java.util.TreeSet<>(buckets.findCardsWithDuePoints(campaignId, today()));
        cards.addAll(pending.findCardsWithDue(campaignId, today()));
        for (String voucherId : cards) {
            current(projectId, voucherId);
        }
    }

    /**
     * Expires the due points and activates the due pending points of every card of a project: after its
     * test clock moved forward ({@link DueOnClockAdvance}).
     */
    @Transactional
    public void expireProject(String projectId) {
        java.util.Set<String> cards = new java.util.TreeSet<>(buckets.findProjectCardsWithDuePoints(projectId, today()));
        cards.addAll(pending.findProjectCardsWithDue(projectId, today()));
        for (String voucherId : cards) {
            current(projectId, voucherId);
        }
    }

    /**
     * Turns pending points into points of the card ({@code card} is locked and current): a
     * PENDING_POINTS_ACTIVATION transaction, counted as pending points activated and as points added.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    VoucherResponse activate(String projectId, VoucherResponse card, PendingPointsEntry entry, Instant at,
                             boolean automatic) {
        CardPoints s = CardPoints.of(card.loyaltyCard());
        List<PointsBucket> live = buckets.findLive(card.id());
        live.add(buckets.save(new PointsBucket(projectId, card.campaignId(), card.id(), entry.points(), null, at)));
        s.points += entry.points();
        s.balance += entry.points();
        s.pending = Math.max(0, (s.pending == null ? 0 : s.pending) - entry.points());
        entry.settle(PendingPointsEntry.Status.ACTIVATED, at);
        VoucherResponse updated = vouchers.updateLoyaltyCard(projectId, card.id(), s.card(live));
        LoyaltyTransaction tx = transactions.save(new LoyaltyTransaction(ResourceIds.loyaltyTransaction(), projectId,
                card.campaignId(), card.id(), LoyaltyTransaction.Type.PENDING_POINTS_ACTIVATION, entry.points(),
                s.balance, s.points, automatic, at).earned(entry.orderId(), entry.earningRuleId())
                .detailed("pending_points", PendingPointsResponse.from(entry), null));
        record(projectId, card, "loyalty.points.pending.activated", at, Counter.PENDING_POINTS_ACTIVATED,
                entry.points(), tx.id());
        record(projectId, card, "loyalty.points.added", at, Counter.POINTS_ADDED, entry.points(), tx.id());
        return updated;
    }

    /** Changes the card's pending points by {@code delta} ({@code card} is locked and current). */
    @Transactional(propagation = Propagation.MANDATORY)
    VoucherResponse changePending(String projectId, VoucherResponse card, long delta) {
        CardPoints s = CardPoints.of(card.loyaltyCard());
        s.pending = Math.max(0, (s.pending == null ? 0 : s.pending) + delta);
        return vouchers.updateLoyaltyCard(projectId, card.id(), s.card(buckets.findLive(card.id())));
    }

    // The condition spares every other campaign's summary a transaction of its own
    @EventListener(condition = "#summary.campaignType().name() == 'LOYALTY_PROGRAM'")
    @Transactional
    void beforeSummary(CampaignSummaryRequested summary) {
        expireCampaign(summary.projectId(), summary.campaignId());
    }

    @Transactional
    BalanceResponse change(String projectId, String voucherId, Change change) {
        VoucherResponse card = current(projectId, voucherId);
        CardPoints s = CardPoints.of(card.loyaltyCard());
        Instant now = now();
        List<PointsBucket> live = buckets.findLive(voucherId);
        LoyaltyTransaction.Type type;
        if (change.points() > 0) {
            PointsBucket bucket = buckets.save(new PointsBucket(projectId, card.campaignId(), voucherId,
                    change.points(), change.expiresOn(), now));
            live.add(bucket);
            s.points += change.points();
            s.balance += change.points();
            type = LoyaltyTransaction.Type.POINTS_ADDITION;
        } else {
            long wanted = -change.points();
            if (wanted > s.balance) {
                throw pointsExceeded(card, wanted, s.balance);
            }
            CardPoints.spend(live, s.balance, wanted);
            s.subtracted += wanted;
            s.balance -= wanted;
            type = LoyaltyTransaction.Type.POINTS_REMOVAL;
        }
        VoucherResponse updated = vouchers.updateLoyaltyCard(projectId, voucherId, s.card(live));
        LoyaltyTransaction tx = transactions.save(new LoyaltyTransaction(ResourceIds.loyaltyTransaction(), projectId,
                card.campaignId(), voucherId, type, change.points(), s.balance, s.points, false, now)
                .described(change.sourceId(), "API", change.reason()));
        Counter counter = change.points() > 0 ? Counter.POINTS_ADDED : Counter.POINTS_SUBTRACTED;
        record(projectId, card, change.points() > 0 ? "loyalty.points.added" : "loyalty.points.subtracted", now,
                counter, Math.abs(change.points()), tx.id());
        return new BalanceResponse(change.points(), s.points, updated.loyaltyCard().balance(), "loyalty_card",
                "balance", new BalanceResponse.RelatedObject("voucher", voucherId), "MANUAL");
    }

    /**
     * Takes {@code points} of a card to pay for a reward (a redemption): false, and nothing taken, when
     * the card holds fewer. Runs in the redemption's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean redeem(String projectId, String voucherId, long points, String redemptionId, String rewardId,
                          String rewardName) {
        VoucherResponse card = current(projectId, voucherId);
        CardPoints s = CardPoints.of(card.loyaltyCard());
        if (points > s.balance) {
            return false;
        }
        Instant now = now();
        List<PointsBucket> live = buckets.findLive(voucherId);
        CardPoints.spend(live, s.balance, points);
        s.balance -= points;
        vouchers.updateLoyaltyCard(projectId, voucherId, s.card(live));
        LoyaltyTransaction tx = transactions.save(new LoyaltyTransaction(ResourceIds.loyaltyTransaction(), projectId,
                card.campaignId(), voucherId, LoyaltyTransaction.Type.POINTS_REDEMPTION, -points, s.balance,
                s.points, true, now).redemption(redemptionId, null, rewardId, rewardName, null));
        record(projectId, card, "loyalty.points.redeemed", now, Counter.POINTS_REDEEMED, points, tx.id());
        return true;
    }

    /**
     * Adds the points an earning rule awards ({@code orderId} names the paid order, null for a custom
     * event). They never expire: the program's expiration rules are not applied to earned points yet.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void accrue(String projectId, String voucherId, long points, String orderId, String earningRuleId) {
        VoucherResponse card = current(projectId, voucherId);
        CardPoints s = CardPoints.of(card.loyaltyCard());
        Instant now = now();
        List<PointsBucket> live = buckets.findLive(voucherId);
        live.add(buckets.save(new PointsBucket(projectId, card.campaignId(), voucherId, points, null, now)));
        s.points += points;
        s.balance += points;
        vouchers.updateLoyaltyCard(projectId, voucherId, s.card(live));
        LoyaltyTransaction tx = transactions.save(new LoyaltyTransaction(ResourceIds.loyaltyTransaction(), projectId,
                card.campaignId(), voucherId, LoyaltyTransaction.Type.POINTS_ACCRUAL, points, s.balance, s.points,
                true, now).earned(orderId, earningRuleId));
        record(projectId, card, "loyalty.points.added", now, Counter.POINTS_ADDED, points, tx.id());
    }

    /**
     * Gives back the points a rolled-back redemption took. They return as points that never expire:
     * which buckets they came from is not kept.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refund(String projectId, String voucherId, long points, String redemptionId, String rollbackId,
                       String rewardId, String rewardName) {
        VoucherResponse card = current(projectId, voucherId);
        CardPoints s = CardPoints.of(card.loyaltyCard());
        Instant now = now();
        s.balance += points;
        vouchers.updateLoyaltyCard(projectId, voucherId, s.card(buckets.findLive(voucherId)));
        LoyaltyTransaction tx = transactions.save(new LoyaltyTransaction(ResourceIds.loyaltyTransaction(), projectId,
                card.campaignId(), voucherId, LoyaltyTransaction.Type.POINTS_REFUND, points, s.balance, s.points,
                true, now).redemption(redemptionId, rollbackId, rewardId, rewardName, null));
        record(projectId, card, "loyalty.points.rolledback", now, Counter.POINTS_ROLLEDBACK, points, tx.id());
    }

    ListEnvelope<LoyaltyTransactionResponse> transactions(String projectId, String campaignId, String voucherId,
                                                          int limit, boolean ascending, String startingAfterId,
                                                          Specification<LoyaltyTransaction> filters) {
        Long after = null;
        if (startingAfterId != null && !startingAfterId.isBlank()) {
            after = transactions.findByProjectIdAndCampaignIdAndId(projectId, campaignId, startingAfterId)
                    .orElseThrow(() -> ApiException.invalidQueryParams(
                            "Query parameter 'starting_after_id' should be the id of a transaction of this list"))
                    .seq();
        }
        Long cursor = after;
        Specification<LoyaltyTransaction> list = (root, q, cb) -> cb.and(
                cb.equal(root.get(LoyaltyTransaction_.projectId), projectId),
                cb.equal(root.get(LoyaltyTransaction_.campaignId), campaignId),
                voucherId == null ? cb.conjunction() : cb.equal(root.get(LoyaltyTransaction_.voucherId), voucherId),
                cursor == null ? cb.conjunction() : ascending ? cb.gt(root.get(LoyaltyTransaction_.seq), cursor)
                        : cb.lt(root.get(LoyaltyTransaction_.seq), cursor));
        Sort bySeq = Sort.by(ascending ? Sort.Direction.ASC : Sort.Direction.DESC, LoyaltyTransaction_.SEQ);
        List<LoyaltyTransaction> found = transactions.findBy(list.and(filters),
                query -> query.sortBy(bySeq).limit(limit + 1).all());
        boolean hasMore = found.size() > limit;
        return LoyaltyTransactionResponse.list(found.stream().limit(limit)
                .map(LoyaltyTransactionResponse::from).toList(), hasMore);
    }

    private VoucherResponse expireDue(String projectId, VoucherResponse card) {
        LocalDate today = today();
        List<PointsBucket> live = buckets.findLive(card.id());
        TreeMap<LocalDate, Long> due = new TreeMap<>();
        for (PointsBucket bucket : live) {
            if (bucket.expiresOn() != null && bucket.expiresOn().isBefore(today)) {
                due.merge(bucket.expiresOn(), bucket.take(bucket.remaining()), Long::sum);
            }
        }
        if (due.isEmpty()) {
            return card;
        }
        CardPoints s = CardPoints.of(card.loyaltyCard());
        due.forEach((lastDay, points) -> {
            // gone from the start of the day after their last day: the transaction and event are dated then
            Instant at = lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            long expired = Math.min(points, s.balance);
            s.balance -= expired;
            s.expired += expired;
            LoyaltyTransaction tx = transactions.save(new LoyaltyTransaction(ResourceIds.loyaltyTransaction(),
                    projectId, card.campaignId(), card.id(), LoyaltyTransaction.Type.POINTS_EXPIRATION, -expired,
                    s.balance, s.points, true, at));
            record(projectId, card, "loyalty.points.expired", at, Counter.POINTS_EXPIRED, expired, tx.id());
        });
        return vouchers.updateLoyaltyCard(projectId, card.id(), s.card(live));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(String projectId, VoucherResponse card, String type, Instant at, Counter counter,
                        long points, String transactionId) {
        if (points == 0) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", card.code());
        details.put("voucher_id", card.id());
        details.put("transaction_id", transactionId);
        details.put("points", points);
        analytics.record(CampaignEvent.of(projectId, card.campaignId(), type, at).add(counter, points)
                .details(details).build());
        events.publishEvent(new LoyaltyPointsChanged(projectId, type, card.id(), card.campaignId(), points,
                () -> transactions.findById(transactionId).map(LoyaltyTransactionResponse::from).orElse(null)));
    }

    private static ApiException pointsExceeded(VoucherResponse card, long wanted, long balance) {
        return ApiException.badRequest("loyalty_card_points_exceeded", "Loyalty card points exceeded",
                "Cannot subtract " + wanted + " points from loyalty card " + card.code() + " with a balance of "
                        + balance);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
