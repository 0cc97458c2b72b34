package dev.voucheremulator.redemption;

import static org.springframework.util.StringUtils.hasText;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.customer.Activity;
import dev.voucheremulator.loyalty.LoyaltyPointsService;
import dev.voucheremulator.order.OrderService;
import dev.voucheremulator.pricing.OrderCalculated;
import dev.voucheremulator.pricing.OrderCalculated.RedemptionLink;
import dev.voucheremulator.pricing.OrderRequest;
import dev.voucheremulator.pricing.OrderStatus;
import dev.voucheremulator.validation.Candidate;
import dev.voucheremulator.validation.CustomerSnapshot;
import dev.voucheremulator.validation.Failure;
import dev.voucheremulator.validation.RedeemableChecks;
import dev.voucheremulator.validation.LazyCustomer;
import dev.voucheremulator.validation.RequestCustomers;
import dev.voucheremulator.validation.RequestRules;
import dev.voucheremulator.validation.Stack;
import dev.voucheremulator.validation.StackableRequest;
import dev.voucheremulator.validation.ValidationResponse;
import dev.voucheremulator.voucher.VoucherResponse;
import dev.voucheremulator.voucher.VoucherCounterService;
import dev.voucheremulator.voucher.VoucherService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * POST /v1/redemptions, GET /v1/redemptions[/{id}]. A request redeems the redeemables the project's
 * stacking rules let apply, or none when one fails in ALL mode; either way what happened is stored and
 * counted in the same transaction. Skipped redeemables leave no record.
 */
@Service
@Transactional(readOnly = true)
public class RedemptionService {

    private final RedeemableChecks checks;
    private final RequestCustomers customers;
    private final OrderService orders;
    private final RedemptionEvents events;
    private final RedemptionRepository repository;
    private final RedemptionInserts inserts;
    private final VoucherService vouchers;
    private final VoucherCounterService counters;
    private final Snapshots snapshots;
    private final LoyaltyPointsService points;
    private final TransactionTemplate writing;

    RedemptionService(RedeemableChecks checks, RequestCustomers customers, OrderService orders,
                      RedemptionEvents events, RedemptionRepository repository, RedemptionInserts inserts,
                      VoucherService vouchers, VoucherCounterService counters, Snapshots snapshots,
                      LoyaltyPointsService points,
                      PlatformTransactionManager transactions) {
        this.writing = new TransactionTemplate(transactions);
        this.checks = checks;
        this.customers = customers;
        this.orders = orders;
        this.events = events;
        this.repository = repository;
        this.inserts = inserts;
        this.vouchers = vouchers;
        this.counters = counters;
        this.snapshots = snapshots;
        this.points = points;
    }

    /**
     * Redeems in one transaction. Vouchers are taken (their rows locked) as late as possible, right
     * before the redemption records and the commit, so concurrent redemptions of one voucher wait on
     * each other for a few statements only. When a voucher is used up between the checks and the
     * take, that transaction rolls back and a second one takes first and records the refusal.
     * Loyalty cards are checked under their lock before anything is written, so they take first.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    RedeemOutcome<RedeemResponse> redeem(String projectId, StackableRequest request) {
        try {
            return writing.execute(status -> attempt(projectId, request, true));
        } catch (TakenTooLate late) {
            return writing.execute(status -> attempt(projectId, request, false));
        }
    }

    private RedeemOutcome<RedeemResponse> attempt(String projectId, StackableRequest request, boolean takeLast) {
        StackableRequest body = RequestRules.checked(request);
        Instant now = checks.now();
        LazyCustomer customer = customers.lazy(projectId, body.customer());
        Stack stack = checks.evaluate(projectId, body, customer, now);
        rejectOneVoucherTwice(stack);
        Taken taken = new Taken(stack);
        if (!stack.valid()) {
            return RedeemOutcome.refused(failed(projectId, body, customer, stack, taken, now));
        }
        if (takeLast && stack.applied().stream().allMatch(c -> c.loyaltyPoints() == null)) {
            Succeeded done = succeeded(projectId, body, customer, stack, taken, now);
            takeUses(projectId, stack, taken);
            if (!stack.valid()) {
                throw new TakenTooLate();
            }
            return RedeemOutcome.success(done.finish(taken));
        }
        takeUses(projectId, stack, taken);
        return stack.valid()
                ? RedeemOutcome.success(succeeded(projectId, body, customer, stack, taken, now).finish(taken))
                : RedeemOutcome.refused(failed(projectId, body, customer, stack, taken, now));
    }

    /** A voucher was used up after the checks passed: the attempt rolls back. */
    private static final class TakenTooLate extends RuntimeException {
        TakenTooLate() {
            super(null, null, false, false);
        }
    }

    // A code and its v_ id name the same voucher: as much a duplicate as the same code twice.
    private static void rejectOneVoucherTwice(Stack stack) {
        Set<String> voucherIds = new HashSet<>();
        for (Candidate c : stack.candidates()) {
            if (c.voucher() != null && !voucherIds.add(c.voucher().id())) {
                throw ApiException.badRequest("duplicated_redeemables", "Duplicated redeemables detected",
                        "Duplicated redeemables detected in one request");
            }
        }
    }

    /**
     * Takes one use (and the gift credits) of every voucher, each by a conditional update, and checks
     * a loyalty card's balance under the card's lock; the first refusal gives back what was taken and
     * fails the request. Vouchers go in id order, so two requests sharing vouchers lock them in the
     * same order and never deadlock. Once every voucher is taken, the cards pay their points: their
     * rows stay locked, so the balances checked still hold.
     */
    private void takeUses(String projectId, Stack stack, Taken taken) {
        List<Candidate> byVoucher = stack.applied().stream()
                .filter(c -> c.voucher() != null)
                .sorted(Comparator.comparing(c -> c.voucher().id()))
                .toList();
        List<Candidate> took = new ArrayList<>();
        for (Candidate c : byVoucher) {
            Optional<VoucherResponse> after = counters.take(projectId, c.voucher(), c.giftCredits());
            Failure refused = after.isEmpty() ? whyRefused(projectId, c, taken) : null;
            if (refused == null) {
                taken.voucher(c, after.get());
                took.add(c);
                refused = uncoveredPoints(projectId, c, taken);
            }
            if (refused == null) {
                continue;
            }
            stack.failLate(c, refused);
            for (Candidate t : took) {
                counters.giveBack(projectId, t.voucher().id(), t.giftCredits()).ifPresent(v -> taken.voucher(t, v));
            }
            return;
        }
        for (Candidate c : byVoucher) {
            if (c.loyaltyPoints() == null) {
                continue;
            }
            if (!points.redeem(projectId, c.voucher().id(), c.loyaltyPoints(), taken.id(c), c.reward().rewardId(),
                    c.reward().rewardName())) {
                throw new IllegalStateException("the balance of locked card " + c.voucher().id() + " changed");
            }
            vouchers.refreshed(projectId, c.voucher().id()).ifPresent(v -> taken.voucher(c, v));
        }
    }

    /** A loyalty card's points, read under its lock after its due points expire: null when they cover the reward. */
    private Failure uncoveredPoints(String projectId, Candidate c, Taken taken) {
        if (c.loyaltyPoints() == null) {
            return null;
        }
        VoucherResponse card = points.current(projectId, c.voucher().id());
        taken.voucher(c, card);
        Long balance = card.loyaltyCard() == null ? null : card.loyaltyCard().balance();
        return balance != null && balance >= c.loyaltyPoints() ? null
                : RedeemableChecks.pointsExceeded(card.code());
    }

    private Failure whyRefused(String projectId, Candidate c, Taken taken) {
        Optional<VoucherResponse> current = vouchers.refreshed(projectId, c.voucher().id());
        if (current.isEmpty()) {
            return Failure.notFound("voucher", c.id());
        }
        VoucherResponse voucher = current.get();
        taken.voucher(c, voucher);
        VoucherResponse.Redemption redemption = voucher.redemption();
        if (redemption.quantity() != null && redemption.redeemedQuantity() >= redemption.quantity()) {
            return RedeemableChecks.voucherFailure("quantity_exceeded", "quantity exceeded", voucher.code());
        }
        return RedeemableChecks.voucherFailure("gift_amount_exceeded", "gift amount exceeded", voucher.code());
    }

    /**
     * Writes what a successful redemption changes besides its vouchers: the customer, the order and the
     * summary's events. {@link Succeeded#finish} then writes what depends on the vouchers as taken.
     */
    Succeeded succeeded(String projectId, StackableRequest body, LazyCustomer lazy, Stack stack,
                                     Taken taken, Instant now) {
        // what the stacking rules skipped (and, in PARTIAL mode, what failed) is listed, not redeemed
        List<Candidate> candidates = stack.applied();
        boolean stacked = stack.candidates().size() > 1;
        String parentId = stacked ? ResourceIds.redemption() : null;
        // the customer (found or created now unless a check looked it up) and its activity first
        CustomerSnapshot customer = customers.settle(projectId, lazy, Activity.REDEMPTION_SUCCEEDED, candidates,
                Map.of("redemption", Map.of("id", stacked ? parentId : taken.id(candidates.get(0)),
                        "object", "redemption")),
                stack.finalOrder() == null ? null : stack.finalOrder().amount(),
                candidates.stream().filter(Candidate::isGift).mapToLong(Candidate::giftCredits).sum(),
                candidates.stream().map(Candidate::loyaltyPoints).filter(java.util.Objects::nonNull)
                        .mapToLong(Long::longValue).sum());
        String trackingId = RequestCustomers.trackingId(body.trackingId(), customer);
        OrderRequest order = body.order();
        OrderStatus status = order == null || order.status() == null ? OrderStatus.PAID : order.status();

        Map<String, RedemptionLink> links = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            links.put(taken.id(c), link(c, now));
        }
        String customerId = customer == null ? null : customer.id();
        String orderId = order == null ? null
                : orders.recordRedeemed(projectId, order, stack.finalOrder(), status, customerId, links, now);
        OrderCalculated finalOrder = stack.finalOrder() == null ? null
                : stack.finalOrder().withIdentity(orderId, status, customerId, links, now);
        Long orderAmount = finalOrder == null ? null : finalOrder.amount();

        List<Redemption> children = new ArrayList<>();
        // an order this request created: no other request can have counted it for a campaign yet
        boolean newOrder = orderId != null && !hasText(order.id()) && !hasText(order.sourceId());
        Set<String> counted = new HashSet<>();
        for (Candidate c : candidates) {
            String id = taken.id(c);
            OrderCalculated childOrder = c.order() == null ? null
                    : c.order().withIdentity(orderId, status, customerId, Map.of(id, links.get(id)), now);
            Redemption r = describe(new Redemption(id, projectId, Redemption.REDEMPTION,
                    stacked ? Redemption.Role.CHILD : Redemption.Role.SINGLE, Redemption.Result.SUCCESS, now), c,
                    taken, false)
                    .parent(parentId)
                    .customer(customer, trackingId)
                    .order(orderId, orderAmount, childOrder)
                    .amounts(c.discountAmount(), c.isGift() ? c.giftCredits() : null)
                    .loyalty(c.loyaltyPoints(), c.reward() == null ? null : c.reward().rewardId(),
                            c.reward() == null ? null : c.reward().rewardName())
                    .context(body.metadata(), body.session());
            boolean firstOfOrder = newOrder ? c.campaignId() != null && counted.add(c.campaignId())
                    && events.firstRedemptionOfNewOrder(c.campaignId(), orderId, now)
                    : events.firstRedemptionOfOrder(c.campaignId(), orderId, now);
            events.counted(projectId, c, r, firstOfOrder, now);
            events.referralConverted(projectId, c, customer, now);
            children.add(r);
        }
        Redemption parent = !stacked ? null
                : new Redemption(parentId, projectId, Redemption.REDEMPTION, Redemption.Role.PARENT,
                        Redemption.Result.SUCCESS, now)
                        .related("redemption", parentId)
                        .customer(customer, trackingId)
                        .order(orderId, orderAmount, finalOrder)
                        .amounts(children.stream().mapToLong(Redemption::discountAmount).sum(), null)
                        .context(body.metadata(), body.session());
        return new Succeeded(projectId, stack, candidates, children, parent, finalOrder, orderId);
    }

    /** A successful redemption's records, written once its vouchers are taken. */
    final class Succeeded {

        private final String projectId;
        private final Stack stack;
        private final List<Candidate> candidates;
        private final List<Redemption> children;
        private final Redemption parent;
        private final OrderCalculated finalOrder;
        private final String orderId;

        Succeeded(String projectId, Stack stack, List<Candidate> candidates, List<Redemption> children,
                  Redemption parent, OrderCalculated finalOrder, String orderId) {
            this.projectId = projectId;
            this.stack = stack;
            this.candidates = candidates;
            this.children = children;
            this.parent = parent;
            this.finalOrder = finalOrder;
            this.orderId = orderId;
        }

        RedeemResponse finish(Taken taken) {
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                Redemption r = describe(children.get(i), c, taken, true); // the vouchers as the take left them
                if (c.isGift()) {
                    counters.recordGiftCredits(projectId, taken.voucher(c), -c.giftCredits(), r.id(), null, orderId);
                }
                events.redeemed(projectId, r);
            }
            List<Redemption> all = new ArrayList<>(children);
            if (parent != null) {
                all.add(0, parent);
            }
            inserts.insert(all);
            return new RedeemResponse(children.stream().map(RedemptionResponse::from).toList(),
                    parent == null ? null : RedemptionResponse.from(parent), finalOrder,
                    stack.candidates().stream().filter(c -> c.failure() != null).map(ValidationResponse::describe)
                            .toList(),
                    stack.candidates().stream().filter(Candidate::skipped).map(ValidationResponse::describe).toList());
        }
    }

    /**
     * Stores a failed redemption per inapplicable redeemable (and a failed parent for a stacked
     * request) and answers with the first failure; skipped redeemables leave no record.
     */
    private ApiException failed(String projectId, StackableRequest body, LazyCustomer lazy, Stack stack,
                                Taken taken, Instant now) {
        boolean stacked = stack.candidates().size() > 1;
        String parentId = stacked ? ResourceIds.failedRedemption() : null;
        Candidate first = stack.firstFailure().orElseThrow();
        Map<Candidate, String> failedIds = new HashMap<>();
        stack.candidates().stream().filter(c -> c.failure() != null)
                .forEach(c -> failedIds.put(c, ResourceIds.failedRedemption()));
        CustomerSnapshot customer = customers.settle(projectId, lazy, Activity.REDEMPTION_FAILED, stack.candidates(),
                Map.of("redemption", Map.of("id", stacked ? parentId : failedIds.get(first), "object", "redemption")),
                null, null, null);
        String trackingId = RequestCustomers.trackingId(body.trackingId(), customer);
        List<Redemption> records = new ArrayList<>();
        String firstId = null;
        for (Candidate c : stack.candidates()) {
            if (c.failure() == null) {
                continue;
            }
            String id = failedIds.get(c);
            Redemption r = describe(new Redemption(id, projectId, Redemption.REDEMPTION,
                    stacked ? Redemption.Role.CHILD : Redemption.Role.SINGLE, Redemption.Result.FAILURE, now), c,
                    taken, true)
                    .parent(parentId)
                    .failed(c.failure().failureCode(), c.failure().message())
                    .customer(customer, trackingId)
                    .context(body.metadata(), body.session());
            events.redemptionFailed(projectId, c, r, now);
            records.add(r);
            if (c == first) {
                firstId = id;
            }
        }
        if (stacked) {
            records.add(0, new Redemption(parentId, projectId, Redemption.REDEMPTION, Redemption.Role.PARENT,
                    Redemption.Result.FAILURE, now)
                    .related("redemption", parentId)
                    .failed(first.failure().failureCode(), first.failure().message())
                    .customer(customer, trackingId)
                    .context(body.metadata(), body.session()));
        }
        repository.saveAll(records);
        Failure failure = first.failure();
        if (failure.notFound()) {
            // an unknown code answers like any missing resource; the failed redemption is still listed
            return new ApiException(HttpStatus.NOT_FOUND, failure.key(), failure.message(), failure.details(),
                    failure.resourceId(), failure.resourceType());
        }
        return new ApiException(HttpStatus.valueOf(failure.status()), failure.key(), failure.message(),
                failure.details(), stacked ? parentId : firstId, "redemption");
    }

    /**
     * What a redemption record says about its redeemable: voucher or tier, campaign. Without {@code snapshot}
     * the voucher's or tier's JSON is left out, for a record described again once its vouchers are taken.
     */
    private Redemption describe(Redemption r, Candidate c, Taken taken, boolean snapshot) {
        if (c.voucher() != null) {
            VoucherResponse voucher = taken.voucher(c);
            r.related(Candidate.VOUCHER, voucher.id())
                    .voucher(voucher.id(), voucher.code(), snapshot ? snapshots.of(voucher) : null);
        } else if (c.tier() != null) {
            r.related(Candidate.PROMOTION_TIER, c.tier().id())
                    .promotionTier(c.tier().id(), snapshot ? snapshots.of(c.tier()) : null);
        } else {
            r.related("redemption", r.id());
        }
        return r.campaign(c.campaignId(), c.campaignName());
    }

    private static RedemptionLink link(Candidate c, Instant at) {
        return new RedemptionLink(at, c.voucher() != null ? Candidate.VOUCHER : Candidate.PROMOTION_TIER,
                c.relatedObjectId(), c.campaignId(), null, null);
    }
}
