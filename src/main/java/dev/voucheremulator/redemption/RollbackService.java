package dev.voucheremulator.redemption;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.customer.Activity;
import dev.voucheremulator.customer.CustomerService;
import dev.voucheremulator.loyalty.LoyaltyPointsService;
import dev.voucheremulator.pricing.OrderCalculated;
import dev.voucheremulator.pricing.OrderCalculated.RedemptionLink;
import dev.voucheremulator.pricing.OrderRequest;
import dev.voucheremulator.pricing.OrderStatus;
import dev.voucheremulator.validation.StackableRequest;
import dev.voucheremulator.voucher.VoucherCounterService;
import dev.voucheremulator.voucher.VoucherResponse;
import dev.voucheremulator.voucher.VoucherService;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Rollbacks: a redemption's use, gift credits and loyalty points go back to the voucher, and the
 * campaign summary counts the rollback. A redemption is rolled back at most once, decided by a conditional update;
 * a second attempt is stored as a failed rollback.
 */
@Service
@Transactional(readOnly = true)
class RollbackService {

    private final RedemptionRepository repository;
    private final RedemptionEvents events;
    private final VoucherService vouchers;
    private final VoucherCounterService counters;
    private final Clock clock;
    private final Snapshots snapshots;
    private final LoyaltyPointsService points;
    private final CustomerService customers;

    RollbackService(RedemptionRepository repository, RedemptionEvents events, VoucherService vouchers,
                    VoucherCounterService counters, Snapshots snapshots, LoyaltyPointsService points,
                    CustomerService customers, Clock clock) {
        this.repository = repository;
        this.customers = customers;
        this.events = events;
        this.vouchers = vouchers;
        this.counters = counters;
        this.clock = clock;
        this.snapshots = snapshots;
        this.points = points;
    }

    /** POST /v1/redemptions/{id}/rollback: a redemption that is not part of a stacked one. */
    @Transactional
    RedeemOutcome<RollbackResponse> rollback(String projectId, String redemptionId, String reason,
                                             String trackingId, RollbackRequest request) {
        RollbackRequest body = request == null ? RollbackRequest.EMPTY : request;
        Redemption original = rollbackable(projectId, redemptionId, body);
        if (original.role() == Redemption.Role.PARENT) {
            throw ApiException.badRequest("invalid_redemption", "Invalid redemption",
                    "You can rollback only a single redemption. Use different endpoint for stacked redemption.");
        }
        Context context = new Context(projectId, firstText(reason, body.reason()),
                firstText(trackingId, body.trackingId(), original.trackingId()), body, now());
        String rollbackId = ResourceIds.rollback();
        if (!repository.markRolledBack(original.id(), rollbackId, context.at())) {
            return RedeemOutcome.refused(alreadyRolledBack(context, original, List.of()));
        }
        Redemption rollback = rollBack(context, original, rollbackId, null, Redemption.Role.SINGLE);
        repository.save(rollback);
        recordInActivity(original, rollbackId, Activity.ROLLBACK_SUCCEEDED, List.of(original));
        return RedeemOutcome.success(RollbackResponse.from(rollback));
    }

    /** POST /v1/redemptions/{parentId}/rollbacks: a stacked redemption with all its children, or a single one. */
    @Transactional
    RedeemOutcome<RollbacksResponse> rollbackStacked(String projectId, String parentId, String reason,
                                                     String trackingId, RollbackRequest request) {
        RollbackRequest body = request == null ? RollbackRequest.EMPTY : request;
        Redemption parent = rollbackable(projectId, parentId, body);
        Context context = new Context(projectId, firstText(reason, body.reason()),
                firstText(trackingId, body.trackingId(), parent.trackingId()), body, now());
        if (parent.role() == Redemption.Role.SINGLE) {
            String rollbackId = ResourceIds.rollback();
            if (!repository.markRolledBack(parent.id(), rollbackId, context.at())) {
                return RedeemOutcome.refused(alreadyRolledBack(context, parent, List.of()));
            }
            Redemption rollback = rollBack(context, parent, rollbackId, null, Redemption.Role.SINGLE);
            repository.save(rollback);
            recordInActivity(parent, rollbackId, Activity.ROLLBACK_SUCCEEDED, List.of(parent));
            return RedeemOutcome.success(new RollbacksResponse(List.of(RollbackResponse.from(rollback)), null,
                    rollback.orderData()));
        }
        List<Redemption> children = repository.findByParentIdOrderBySeqAsc(parent.id());
        String parentRollbackId = ResourceIds.rollback();
        if (!repository.markRolledBack(parent.id(), parentRollbackId, context.at())) {
            return RedeemOutcome.refused(alreadyRolledBack(context, parent, children));
        }
        // vouchers in id order, as redemptions take them: concurrent requests lock them in one order
        List<Redemption> lockOrder = children.stream()
                .sorted(Comparator.comparing(c -> c.voucherId() == null ? "" : c.voucherId()))
                .toList();
        Map<String, Redemption> rollbacks = new LinkedHashMap<>();
        for (Redemption child : lockOrder) {
            String rollbackId = ResourceIds.rollback();
            if (repository.markRolledBack(child.id(), rollbackId, context.at())) {
                rollbacks.put(child.id(), rollBack(context, child, rollbackId, parentRollbackId,
                        Redemption.Role.CHILD));
            }
        }
        List<Redemption> ordered = children.stream().map(c -> rollbacks.get(c.id())).filter(Objects::nonNull)
                .toList();
        Redemption parentRollback = new Redemption(parentRollbackId, projectId, Redemption.ROLLBACK,
                Redemption.Role.PARENT, Redemption.Result.SUCCESS, context.at())
                .rollbackOf(parent.id(), context.reason())
                .related("redemption", parent.id())
                .customer(parent.customer(), context.trackingId())
                .order(parent.orderId(), parent.orderAmount(), rolledBackOrder(parent, parentRollbackId, context))
                .amounts(parent.discountAmount(), null)
                .context(body.metadata(), null);
        List<Redemption> all = new ArrayList<>(List.of(parentRollback));
        all.addAll(ordered);
        repository.saveAll(all);
        recordInActivity(parent, parentRollbackId, Activity.ROLLBACK_SUCCEEDED,
                children.stream().filter(c -> rollbacks.containsKey(c.id())).toList());
        return RedeemOutcome.success(new RollbacksResponse(ordered.stream().map(RollbackResponse::from).toList(),
                RollbackResponse.from(parentRollback), parentRollback.orderData()));
    }

    private record Context(String projectId, String reason, String trackingId, RollbackRequest body, Instant at) {
    }

    /** The redemption to roll back, after the checks every rollback makes. */
    private Redemption rollbackable(String projectId, String id, RollbackRequest body) {
        Redemption original = repository.findByProjectIdAndId(projectId, id)
                .orElseThrow(() -> ApiException.notFound("redemption", id));
        if (original.isRollback()) {
            throw ApiException.badRequest("invalid_redemption", "Invalid redemption",
                    "A rollback cannot be rolled back");
        }
        if (original.role() == Redemption.Role.CHILD) {
            throw ApiException.badRequest("invalid_redemption_parent", "Invalid redemption parent",
                    "You can rollback only a redemption that does not have parent redemption.");
        }
        if (original.result() == Redemption.Result.FAILURE) {
            throw ApiException.badRequest("invalid_redemption", "Invalid redemption",
                    "A failed redemption cannot be rolled back");
        }
        if (!sameCustomer(original, body.customer())) {
            throw ApiException.badRequest("invalid_customer", "Invalid customer",
                    "Customer is not related with redemption.");
        }
        if (!sameOrder(original, body.order())) {
            throw ApiException.badRequest("invalid_order", "Invalid order", "Order is not related with redemption.");
        }
        return original;
    }

    private Redemption rollBack(Context context, Redemption original, String rollbackId, String parentRollbackId,
                                Redemption.Role role) {
        long credits = original.giftAmount() == null ? 0 : original.giftAmount();
        JsonNode voucher = original.voucher();
        if (original.voucherId() != null) {
            Optional<VoucherResponse> back = counters.giveBack(context.projectId(), original.voucherId(), credits);
            back.ifPresent(v -> counters.recordGiftCredits(context.projectId(), v, credits, original.id(), rollbackId,
                    original.orderId()));
            voucher = back.map(snapshots::of).orElse(original.voucher());
        }
        Long points = original.loyaltyPoints();
        if (points != null && original.voucherId() != null) {
            this.points.refund(context.projectId(), original.voucherId(), points, original.id(), rollbackId,
                    original.rewardId(), original.rewardName());
            voucher = vouchers.refreshed(context.projectId(), original.voucherId()).map(snapshots::of).orElse(voucher);
        }
        Redemption rollback = new Redemption(rollbackId, context.projectId(), Redemption.ROLLBACK, role,
                Redemption.Result.SUCCESS, context.at())
                .parent(parentRollbackId)
                .rollbackOf(original.id(), context.reason())
                .related(original.relatedObjectType(), original.relatedObjectId())
                .voucher(original.voucherId(), original.voucherCode(), voucher)
                .promotionTier(original.promotionTierId(), original.promotionTier())
                .campaign(original.campaignId(), original.campaignName())
                .customer(original.customer(), context.trackingId())
                .order(original.orderId(), original.orderAmount(), rolledBackOrder(original, rollbackId, context))
                .amounts(original.discountAmount(), original.giftAmount() == null ? null : -original.giftAmount())
                .loyalty(points == null ? null : -points, original.rewardId(), original.rewardName())
                .context(context.body().metadata(), null);
        boolean firstForOrder = events.firstRollbackOfOrder(original.campaignId(), original.orderId(), context.at());
        events.rolledBack(context.projectId(), original, rollback, firstForOrder, context.at());
        return rollback;
    }

    /**
     * A second rollback: stored as failed (with a failed child per child of a stacked redemption)
     * and counted, then answered with 400 already_rolled_back.
     */
    private ApiException alreadyRolledBack(Context context, Redemption original, List<Redemption> children) {
        String failedId = ResourceIds.failedRollback();
        Redemption.Role role = children.isEmpty() ? Redemption.Role.SINGLE : Redemption.Role.PARENT;
        List<Redemption> records = new ArrayList<>();
        records.add(failedRollback(context, original, failedId, null, role));
        for (Redemption child : children) {
            records.add(failedRollback(context, child, ResourceIds.failedRollback(), failedId,
                    Redemption.Role.CHILD));
        }
        repository.saveAll(records);
        recordInActivity(original, failedId, Activity.ROLLBACK_FAILED, List.of());
        return new ApiException(HttpStatus.BAD_REQUEST, "already_rolled_back", "Already rolled back",
                "Redemption has been already rolled back.", failedId, "redemption_rollback");
    }

    // The customer's activity; a successful rollback gives back the gift credits and points it returned.
    private void recordInActivity(Redemption original, String rollbackId, String type, List<Redemption> undone) {
        if (original.customerId() == null) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("customer", Map.of("id", original.customerId(), "object", "customer"));
        data.put("redemption", Map.of("id", original.id(), "object", "redemption"));
        data.put("redemption_rollback", Map.of("id", rollbackId, "object", "redemption_rollback"));
        long gift = undone.stream().map(Redemption::giftAmount).filter(Objects::nonNull).mapToLong(Long::longValue)
                .sum();
        long refunded = undone.stream().map(Redemption::loyaltyPoints).filter(Objects::nonNull)
                .mapToLong(Long::longValue).sum();
        customers.record(original.projectId(), original.customerId(),
                Activity.of(type, original.campaignId(), null, data).withFigures(null, gift, refunded));
    }

    private Redemption failedRollback(Context context, Redemption original, String id, String parentId,
                                      Redemption.Role role) {
        Redemption failed = new Redemption(id, context.projectId(), Redemption.ROLLBACK, role,
                Redemption.Result.FAILURE, context.at())
                .parent(parentId)
                .rollbackOf(original.id(), context.reason())
                .failed("already_rolled_back", "Already rolled back")
                .related(original.relatedObjectType(), original.relatedObjectId())
                .voucher(original.voucherId(), original.voucherCode(), original.voucher())
                .promotionTier(original.promotionTierId(), original.promotionTier())
                .campaign(original.campaignId(), original.campaignName())
                .customer(original.customer(), context.trackingId())
                .context(context.body().metadata(), null);
        if (role != Redemption.Role.PARENT) {
            events.rollbackFailed(context.projectId(), original, failed, context.at());
        }
        return failed;
    }

    private static OrderCalculated rolledBackOrder(Redemption original, String rollbackId, Context context) {
        OrderCalculated order = original.orderData();
        if (order == null) {
            return null;
        }
        OrderStatus status = context.body().order() != null && context.body().order().status() != null
                ? context.body().order().status() : OrderStatus.CANCELED;
        Map<String, RedemptionLink> links = new LinkedHashMap<>();
        if (order.redemptions() != null) {
            order.redemptions().forEach((id, link) -> links.put(id, new RedemptionLink(link.date(),
                    link.relatedObjectType(), link.relatedObjectId(), link.relatedObjectParentId(), rollbackId,
                    context.at())));
        }
        OrderCalculated plain = order.withoutDiscounts(status, context.at());
        return new OrderCalculated(plain.id(), plain.sourceId(), plain.status(), plain.amount(), plain.initialAmount(),
                plain.discountAmount(), plain.itemsDiscountAmount(), plain.totalDiscountAmount(), plain.totalAmount(),
                plain.appliedDiscountAmount(), plain.itemsAppliedDiscountAmount(), plain.totalAppliedDiscountAmount(),
                plain.items(), plain.metadata(), plain.customerId(), plain.customer(), links, plain.createdAt(),
                plain.updatedAt(), plain.object());
    }

    private static boolean sameCustomer(Redemption original, StackableRequest.CustomerRequest customer) {
        if (customer == null) {
            return true;
        }
        if (hasText(customer.id()) && !customer.id().equals(original.customerId())) {
            return false;
        }
        return !hasText(customer.sourceId()) || customer.sourceId().equals(original.customerSourceId());
    }

    private static boolean sameOrder(Redemption original, OrderRequest order) {
        if (order == null) {
            return true;
        }
        if (hasText(order.id()) && !order.id().equals(original.orderId())) {
            return false;
        }
        String sourceId = original.orderData() == null ? null : original.orderData().sourceId();
        return !hasText(order.sourceId()) || order.sourceId().equals(sourceId);
    }

    private static String firstText(String... values) {
        for (String value : values) {
            if (hasText(value)) {
                return value;
            }
        }
        return null;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
