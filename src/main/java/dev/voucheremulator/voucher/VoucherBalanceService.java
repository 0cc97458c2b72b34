package dev.voucheremulator.voucher;

import dev.voucheremulator.analytics.AnalyticsService;
import dev.voucheremulator.analytics.CampaignEvent;
import dev.voucheremulator.analytics.Counter;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.query.OrderParameter;
import dev.voucheremulator.api.query.Paging;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.VoucherType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A card's balance by hand (POST /v1/vouchers/{code}/balance) and its transactions: a gift card's
 * are kept here, a loyalty card's by the loyalty feature ({@link LoyaltyCardLedger}).
 */
@Service
@Transactional(readOnly = true)
public class VoucherBalanceService {

    // Newest first unless asked otherwise, as the loyalty card lists.
    private static final OrderParameter<Boolean> ASCENDING = OrderParameter.<Boolean>builder()
            .option("id", true)
            .option("-id", false)
            .listedPlainly()
            .byDefault(false);

    private final VoucherService queries;
    private final GiftTransactionRepository transactions;
    private final LoyaltyCardLedger loyaltyCards;
    private final AnalyticsService analytics;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    VoucherBalanceService(VoucherService queries, GiftTransactionRepository transactions,
                          LoyaltyCardLedger loyaltyCards, AnalyticsService analytics, EntityManager entityManager,
                          Clock clock, ApplicationEventPublisher events) {
        this.queries = queries;
        this.transactions = transactions;
        this.loyaltyCards = loyaltyCards;
        this.analytics = analytics;
        this.entityManager = entityManager;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    VoucherBalanceResponse update(String projectId, String codeOrId, VoucherBalanceUpdateRequest body) {
        if (body == null || body.amount() == null) {
            throw ApiException.invalidPayload("Payload should have required property 'amount'");
        }
        if (body.amount() == 0) {
            throw ApiException.badRequest("invalid_amount", "Invalid Amount", "Property 'amount' cannot be 0");
        }
        Voucher voucher = queries.live(projectId, codeOrId)
                .orElseThrow(() -> ApiException.notFound("voucher", codeOrId));
        return switch (voucher.type()) {
            case LOYALTY_CARD -> {
                if (voucher.loyaltyCard() != null) {
                    exact(voucher.loyaltyCard().points(), body.amount());
                }
                LoyaltyCardLedger.PointsChange after = loyaltyCards.change(projectId, voucher.id(), body.amount(),
                        body.reason(), body.sourceId());
                yield VoucherBalanceResponse.of("loyalty_card", body.amount(), after.total(), after.balance(),
                        voucher.id());
            }
            case GIFT_VOUCHER -> changeCredits(projectId, voucher, body);
            case DISCOUNT_VOUCHER -> throw ApiException.badRequest("invalid_voucher", "Invalid voucher",
                    "Only gift cards and loyalty cards have a balance");
        };
    }

    /** Under the row's lock, so a concurrent redemption's conditional update waits and sees the new balance. */
    private VoucherBalanceResponse changeCredits(String projectId, Voucher voucher, VoucherBalanceUpdateRequest body) {
        entityManager.refresh(voucher, LockModeType.PESSIMISTIC_WRITE);
        if (voucher.deletedAt() != null) {
            throw ApiException.notFound("voucher", voucher.code());
        }
        Gift gift = voucher.gift() == null ? new Gift(0L, 0L, 0L, Gift.GiftEffect.APPLY_TO_ORDER) : voucher.gift();
        long amount = orZero(gift.amount());
        long subtracted = orZero(gift.subtractedAmount());
        long balance = orZero(gift.balance());
        long change = body.amount();
        if (change > 0) {
            amount = exact(amount, change);
        } else {
            if (-change > balance) {
                throw ApiException.badRequest("gift_amount_exceeded", "Gift amount exceeded",
                        "The gift card " + voucher.code() + " has " + balance + " credits, " + -change
                                + " cannot be removed");
            }
            subtracted += -change;
        }
        balance += change;
        Instant now = now();
        voucher.gift(new Gift(amount, subtracted, balance, gift.effect()));
        voucher.touched(now);
        entityManager.flush();
        GiftTransaction tx = transactions.save(new GiftTransaction(ResourceIds.loyaltyTransaction(), projectId,
                voucher.campaignId(), voucher.id(),
                change > 0 ? GiftTransaction.Type.CREDITS_ADDITION : GiftTransaction.Type.CREDITS_REMOVAL, change,
                balance, amount - subtracted, false, now).described(body.sourceId(), "API", body.reason()));
        if (voucher.campaignId() != null) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("code", voucher.code());
            details.put("voucher_id", voucher.id());
            details.put("transaction_id", tx.id());
            details.put("amount", change);
            analytics.record(CampaignEvent.of(projectId, voucher.campaignId(),
                            change > 0 ? "gift_voucher.balance.added" : "gift_voucher.balance.subtracted", now)
                    .add(change > 0 ? Counter.AMOUNT_ADDED : Counter.AMOUNT_SUBTRACTED, Math.abs(change))
                    .details(details).build());
        }
        if (change > 0) {
            events.publishEvent(new VoucherChanged(projectId, "voucher.gift.balance_added", voucher.id(),
                    voucher.campaignId(), () -> queries.get(projectId, voucher.id()),
                    () -> VoucherTransactionResponse.from(tx)));
        }
        return VoucherBalanceResponse.of("gift_voucher", change, amount - subtracted, balance, voucher.id());
    }

    /**
     * GET /v1/vouchers/{code}/transactions: a discount voucher has none. Writable, as reading a loyalty
     * card first expires its due points.
     */
    @Transactional
    ListEnvelope<VoucherTransactionResponse> transactions(String projectId, String codeOrId, Integer limit,
                                                          String order, String startingAfterId) {
        Paging paging = Paging.of(limit, 1, 1);
        boolean ascending = ASCENDING.parseOrDefault(order);
        Voucher voucher = queries.live(projectId, codeOrId)
                .orElseThrow(() -> ApiException.notFound("voucher", codeOrId));
        if (voucher.type() == VoucherType.LOYALTY_CARD) {
            return loyaltyCards.transactions(projectId, voucher.id(), paging.limit(), ascending ? "id" : "-id",
                    startingAfterId);
        }
        Long after = null;
        if (startingAfterId != null && !startingAfterId.isBlank()) {
            after = transactions.findByProjectIdAndVoucherIdAndId(projectId, voucher.id(), startingAfterId)
                    .orElseThrow(() -> ApiException.invalidQueryParams(
                            "Query parameter 'starting_after_id' should be the id of a transaction of this list"))
                    .seq();
        }
        Limit page = Limit.of(paging.limit() + 1);
        List<GiftTransaction> found = ascending
                ? transactions.findOldestFirst(projectId, voucher.id(), after == null ? 0 : after, page)
                : transactions.findNewestFirst(projectId, voucher.id(), after == null ? Long.MAX_VALUE : after, page);
        boolean hasMore = found.size() > paging.limit();
        List<VoucherTransactionResponse> data = found.stream().limit(paging.limit())
                .map(VoucherTransactionResponse::from).toList();
        return ListEnvelope.cursor(data, null, hasMore, hasMore ? data.get(data.size() - 1).id() : null);
    }

    /**
     * The gift card transactions of all cards of a campaign, newest first, each as
     * GET /v1/vouchers/{code}/transactions lists it; {@code page} is 0-based.
     */
    @Transactional(readOnly = true)
    public Page<VoucherTransactionResponse> transactionsOfCampaign(String projectId, String campaignId, int page,
                                                                   int size) {
        return transactions.findOfCampaign(projectId, campaignId, PageRequest.of(page, size))
                .map(VoucherTransactionResponse::from);
    }

    // A change no card could hold is refused, not wrapped around.
    private static long exact(Long current, long change) {
        try {
            return Math.addExact(orZero(current), change);
        } catch (ArithmeticException e) {
            throw ApiException.invalidPayload("Property 'amount' is too large for the card's balance");
        }
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
