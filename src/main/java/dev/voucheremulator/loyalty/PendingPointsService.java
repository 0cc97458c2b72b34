package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.query.OrderParameter;
import dev.voucheremulator.api.query.Paging;
import dev.voucheremulator.analytics.Counter;
import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.voucher.VoucherResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pending points: what an order.paid earning rule with a {@code pending_points} delay awards. They
 * wait on the card ({@code loyalty_card.pending_points}) until their day, when the card is next looked
 * at, or until they are activated or cancelled by hand; only waiting entries are listed.
 */
@Service
@Transactional
class PendingPointsService {

    // Newest first unless asked otherwise: ids follow creation order.
    private static final OrderParameter<Boolean> ASCENDING = OrderParameter.<Boolean>builder()
            .option("id", true)
            .option("-id", false)
            .listedPlainly()
            .byDefault(false);

    private final PendingPointsRepository pending;
    private final LoyaltyPointsService points;
    private final LoyaltyMemberService members;
    private final LoyaltyProgramService programs;
    private final Clock clock;

    PendingPointsService(PendingPointsRepository pending, LoyaltyPointsService points, LoyaltyMemberService members,
                         LoyaltyProgramService programs, Clock clock) {
        this.pending = pending;
        this.points = points;
        this.members = members;
        this.programs = programs;
        this.clock = clock;
    }

    /** Puts {@code earned} points on hold on the card until {@code days} days from today (UTC). */
    @Transactional(propagation = Propagation.MANDATORY)
    void pend(String projectId, VoucherResponse card, long earned, int days, String customerId, String orderId,
              EarningRule rule) {
        VoucherResponse current = points.current(projectId, card.id());
        Instant now = now();
        String banner = rule.definition().source() == null ? null : rule.definition().source().banner();
        PendingPointsEntry entry = pending.save(new PendingPointsEntry(ResourceIds.loyaltyPendingPoints(), projectId,
                card.campaignId(), card.id(), customerId, orderId, rule.id(), earned,
                LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(days), banner == null ? Map.of()
                        : Map.of("banner", banner), now));
        points.changePending(projectId, current, earned);
        points.record(projectId, current, "loyalty.points.pending.added", now, Counter.PENDING_POINTS_ADDED, earned,
                entry.id());
    }

    ListEnvelope<PendingPointsResponse> list(String projectId, String campaignId, String memberId, Integer limit,
                                             String order, String startingAfterId) {
        Paging paging = Paging.of(limit, 1, 1);
        boolean ascending = ASCENDING.parseOrDefault(order);
        String program;
        String voucherId = null;
        if (memberId == null) {
            program = programs.get(projectId, campaignId).id();
            points.expireCampaign(projectId, program);
        } else {
            VoucherResponse card = members.get(projectId, campaignId, memberId);
            program = card.campaignId();
            voucherId = card.id();
        }
        Long after = null;
        if (startingAfterId != null && !startingAfterId.isBlank()) {
            after = pending.findById(startingAfterId).filter(p -> program.equals(p.campaignId()))
                    .orElseThrow(() -> ApiException.invalidQueryParams(
                            "Query parameter 'starting_after_id' should be the id of a pending points entry of this list"))
                    .seq();
        }
        Limit page = Limit.of(paging.limit() + 1);
        List<PendingPointsEntry> found = ascending
                ? pending.findOldestFirst(projectId, program, voucherId, after == null ? 0 : after, page)
                : pending.findNewestFirst(projectId, program, voucherId, after == null ? Long.MAX_VALUE : after, page);
        boolean hasMore = found.size() > paging.limit();
        return PendingPointsResponse.list(found.stream().limit(paging.limit()).map(PendingPointsResponse::from)
                .toList(), hasMore);
    }

    /** Adds the pending points to the card now; answered like a manual balance change. */
    BalanceResponse activate(String projectId, String memberId, String pendingPointsId) {
        VoucherResponse card = members.get(projectId, null, memberId);
        PendingPointsEntry entry = find(projectId, card, pendingPointsId);
        VoucherResponse updated = points.activate(projectId, card, entry, now(), false);
        return new BalanceResponse(entry.points(), updated.loyaltyCard().points(), updated.loyaltyCard().balance(),
                "loyalty_card", "balance", new BalanceResponse.RelatedObject("voucher", card.id()), "MANUAL");
    }

    void cancel(String projectId, String memberId, String pendingPointsId) {
        VoucherResponse card = members.get(projectId, null, memberId);
        PendingPointsEntry entry = find(projectId, card, pendingPointsId);
        Instant now = now();
        entry.settle(PendingPointsEntry.Status.CANCELED, now);
        points.changePending(projectId, card, -entry.points());
        points.record(projectId, card, "loyalty.points.pending.canceled", now, Counter.PENDING_POINTS_CANCELED,
                entry.points(), entry.id());
    }

    /** Adds points to (or, negative, takes them from) the entry; at least one point must stay pending. */
    PendingBalanceResponse adjust(String projectId, String memberId, String pendingPointsId,
                                  PendingBalanceRequest body) {
        if (body == null || body.points() == null) {
            throw ApiException.invalidPayload("Payload should have required property 'points'");
        }
        if (body.points() == 0) {
            throw ApiException.badRequest("invalid_amount", "Invalid Amount", "Property 'points' cannot be 0");
        }
        VoucherResponse card = members.get(projectId, null, memberId);
        PendingPointsEntry entry = find(projectId, card, pendingPointsId);
        if (entry.points() + body.points() < 1) {
            throw ApiException.badRequest("invalid_amount", "Invalid Amount",
                    "Pending points entry " + entry.id() + " holds " + entry.points() + " points");
        }
        Instant now = now();
        entry.adjust(body.points(), now);
        points.changePending(projectId, card, body.points());
        boolean added = body.points() > 0;
        points.record(projectId, card, added ? "loyalty.points.pending.added" : "loyalty.points.pending.subtracted",
                now, added ? Counter.PENDING_POINTS_ADDED : Counter.PENDING_POINTS_SUBTRACTED,
                Math.abs(body.points()), entry.id());
        return new PendingBalanceResponse(body.points(), entry.points(), "balance",
                new BalanceResponse.RelatedObject("voucher", card.id()), "MANUAL");
    }

    private PendingPointsEntry find(String projectId, VoucherResponse card, String pendingPointsId) {
        return pending.findPending(projectId, pendingPointsId).filter(p -> p.voucherId().equals(card.id()))
                .orElseThrow(() -> ApiException.notFound("pending_points", pendingPointsId));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
