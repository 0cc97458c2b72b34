package dev.voucheremulator.redemption;

import static org.springframework.util.StringUtils.hasText;

import dev.voucheremulator.api.cache.ProjectChanges;
import dev.voucheremulator.api.cache.ReadCache;
import dev.voucheremulator.api.db.DeferredInserts;
import dev.voucheremulator.api.db.GroupCommit;
import dev.voucheremulator.pricing.OrderRequest;
import dev.voucheremulator.validation.Candidate;
import dev.voucheremulator.validation.LazyCustomer;
import dev.voucheremulator.validation.RedeemableChecks;
import dev.voucheremulator.validation.RequestCustomers;
import dev.voucheremulator.validation.RequestRules;
import dev.voucheremulator.validation.Stack;
import dev.voucheremulator.validation.StackableRequest;
import dev.voucheremulator.voucher.VoucherCounterService;
import dev.voucheremulator.voucher.VoucherResponse;
import dev.voucheremulator.voucher.VoucherService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where POST /v1/redemptions starts. The commonest request, one plain voucher (no gift card, no
 * loyalty card) without a customer and without an order to remember, is checked outside a transaction
 * as a validation is. When it passes, it is written together with the redemptions arriving at the same
 * moment, in one transaction: each one's order, records and events as {@link RedemptionService} writes
 * them, each voucher's uses taken by one conditional update for all of its redemptions, one commit. Each
 * answer goes out once that commit is done. Any other request, a refusal, and every request of a batch
 * that fails (one whose voucher has fewer uses left than the batch wants included) take the usual way,
 * one transaction each, which decides and records them.
 *
 * <p>No transaction around it, and no transaction scope either: a request waiting for its batch holds
 * no pooled connection, so the batch's writer can always get one.
 */
@Component
class RedemptionBatches {

    private static final Logger log = LoggerFactory.getLogger(RedemptionBatches.class);
    // Redemptions of one voucher always meet in one stripe; other vouchers are written in parallel.
    private static final int STRIPES = 8;
    private static final int MAX_BATCH = 64;

    private final RedemptionService redemptions;
    private final RedeemableChecks checks;
    private final RequestCustomers customers;
    private final VoucherCounterService counters;
    private final VoucherService vouchers;
    private final TransactionTemplate writing;
    private final List<GroupCommit<Unit>> stripes;
    private final UsedCounts used = new UsedCounts();

    RedemptionBatches(RedemptionService redemptions, RedeemableChecks checks, RequestCustomers customers,
                      VoucherCounterService counters, VoucherService vouchers,
                      PlatformTransactionManager transactions) {
        this.redemptions = redemptions;
        this.checks = checks;
        this.customers = customers;
        this.counters = counters;
        this.vouchers = vouchers;
        this.writing = new TransactionTemplate(transactions);
        this.stripes = IntStream.range(0, STRIPES).mapToObj(i -> new GroupCommit<>(this::write, MAX_BATCH)).toList();
    }

    RedeemOutcome<RedeemResponse> redeem(String projectId, StackableRequest request) {
        StackableRequest body = RequestRules.checked(request);
        Unit unit = fits(body) ? checked(projectId, body) : null;
        if (unit != null) {
            try {
                stripes.get(Math.floorMod(unit.voucher().id().hashCode(), STRIPES)).write(List.of(unit));
                ProjectChanges.countersOnly();
                return RedeemOutcome.success(unit.response);
            } catch (RuntimeException e) {
                // nothing of the batch was committed: the usual way decides again and records the outcome
                log.debug("A batch of redemptions failed ({}); redeeming one by one", e.toString());
            }
        }
        return redemptions.redeem(projectId, request);
    }

    private static boolean fits(StackableRequest body) {
        OrderRequest order = body.order();
        return body.redeemables() != null && body.redeemables().size() == 1 && body.customer() == null
                && (order == null || (!hasText(order.id()) && !hasText(order.sourceId())));
    }

    // Checked as a validation is: null unless it passes as one plain voucher.
    private Unit checked(String projectId, StackableRequest body) {
        ReadCache.Stamp stamp = vouchers.checkedStamp(projectId);
        Instant now = checks.now();
        LazyCustomer customer = customers.lazy(projectId, null);
        Stack stack = checks.evaluate(projectId, body, customer, now);
        if (!stack.valid() || stack.candidates().size() != 1 || stack.applied().size() != 1) {
            return null;
        }
        Candidate c = stack.applied().get(0);
        if (c.voucher() == null || c.isGift() || c.isLoyaltyCard() || c.loyaltyPoints() != null
                || c.giftCredits() != 0) {
            return null;
        }
        return new Unit(projectId, body, customer, stack, c, new Taken(stack), now, stamp);
    }

    /**
     * The group commit's writer: one transaction for the batch; a failure reaches every request in it.
     * A voucher this process took from last is taken in the statement of the batch's rows, on the count
     * it left (see {@link VoucherCounterService#takeAllAfter}); if another writer moved it since, the
     * batch rolls back and goes again with a take of its own. Once it committed, the vouchers as it left
     * them answer the next checks: the requests move no cached state but the events'
     * ({@link ProjectChanges#countersOnly()}).
     */
    private void write(List<Unit> units) {
        Map<String, List<Unit>> byVoucher = new TreeMap<>();
        for (Unit u : units) {
            byVoucher.computeIfAbsent(u.voucher().id(), id -> new ArrayList<>()).add(u);
        }
        try {
            attempt(units, byVoucher, true);
        } catch (DeferredInserts.GuardFailed moved) {
            // not predicted again until a batch that takes it as it is now succeeds
            byVoucher.values().forEach(same -> used.forget(same.get(0).projectId, same.get(0).voucher().id()));
            attempt(units, byVoucher, false);
        }
        for (List<Unit> same : byVoucher.values()) {
            // the values come from the first one's voucher, so its stamp tells whether they still hold
            Unit first = same.get(0);
            VoucherResponse last = same.get(same.size() - 1).taken.voucher(same.get(same.size() - 1).candidate);
            used.remember(first.projectId, first.voucher().id(), last.redemption().redeemedQuantity());
            same.stream().map(Unit::key).distinct()
                    .forEach(key -> vouchers.checkedNow(first.projectId, key, last, first.stamp));
        }
    }

    private void attempt(List<Unit> units, Map<String, List<Unit>> byVoucher, boolean predicted) {
        writing.executeWithoutResult(status -> {
            List<RedemptionService.Succeeded> written = new ArrayList<>();
            for (Unit u : units) {
                written.add(redemptions.succeeded(u.projectId, u.body, u.customer, u.stack, u.taken, u.now));
            }
            // voucher by voucher in id order, as a stacked redemption takes its vouchers: no deadlock
            for (List<Unit> same : byVoucher.values()) {
                Unit first = same.get(0);
                Integer before = predicted && first.voucher().gift() == null
                        ? used.of(first.projectId, first.voucher().id()) : null;
                List<VoucherResponse> after = before != null
                        ? counters.takeAllAfter(first.projectId, first.voucher(), same.size(), before)
                        : counters.takeAll(first.projectId, first.voucher(), same.size()).orElseThrow(UsedUp::new);
                for (int i = 0; i < same.size(); i++) {
                    same.get(i).taken.voucher(same.get(i).candidate, after.get(i));
                }
            }
            for (int i = 0; i < units.size(); i++) {
                units.get(i).response = written.get(i).finish(units.get(i).taken);
            }
        });
    }

    /** A voucher has fewer uses left than its batch wants: the batch rolls back. */
    private static final class UsedUp extends RuntimeException {
        UsedUp() {
            super("a voucher has fewer uses left than the batch wants", null, false, false);
        }
    }

    /** One request of a batch: what its check found, and its answer once written. */
    private static final class Unit {

        final String projectId;
        final StackableRequest body;
        final LazyCustomer customer;
        final Stack stack;
        final Candidate candidate;
        final Taken taken;
        final Instant now;
        final ReadCache.Stamp stamp;
        RedeemResponse response; // set by the writer before the group commit returns

        Unit(String projectId, StackableRequest body, LazyCustomer customer, Stack stack, Candidate candidate,
             Taken taken, Instant now, ReadCache.Stamp stamp) {
            this.projectId = projectId;
            this.body = body;
            this.customer = customer;
            this.stack = stack;
            this.candidate = candidate;
            this.taken = taken;
            this.now = now;
            this.stamp = stamp;
        }

        VoucherResponse voucher() {
            return candidate.voucher();
        }

        /** The code or id the request named the voucher by: what the checks looked it up by. */
        String key() {
            return body.redeemables().get(0).id();
        }
    }
}
