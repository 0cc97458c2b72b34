package dev.voucheremulator.order;

import dev.voucheremulator.api.schema.ProjectSchemas;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.asyncaction.AsyncActionService;
import dev.voucheremulator.customer.CustomerRef;
import dev.voucheremulator.customer.CustomerService;
import dev.voucheremulator.pricing.OrderCalculated;
import dev.voucheremulator.pricing.OrderRequest;
import dev.voucheremulator.pricing.OrderStatus;
import dev.voucheremulator.pricing.OrderView;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders: an order is found by its id, else by its source_id, and created on first use. Whenever its
 * status becomes PAID, {@link OrderPaid} is published in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class OrderService {

    static final int MAX_IMPORT = 1000;

    private final OrderRepository repository;
    private final RedeemedOrders redeemed;
    private final CustomerService customers;
    private final AsyncActionService asyncActions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProjectSchemas schemas;

    OrderService(OrderRepository repository, RedeemedOrders redeemed, CustomerService customers,
                 AsyncActionService asyncActions, ApplicationEventPublisher events, Clock clock,
                 ProjectSchemas schemas) {
        this.schemas = schemas;
        this.repository = repository;
        this.redeemed = redeemed;
        this.customers = customers;
        this.asyncActions = asyncActions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the order a redemption paid or named, as it calculated it ({@code calculated} may be null:
     * the order is then kept as sent), and adds the redemptions to its map. Returns the order's id.
     */
    @Transactional
    public String recordRedeemed(String projectId, OrderRequest order, OrderCalculated calculated,
                                 OrderStatus status, String customerId,
                                 Map<String, OrderCalculated.RedemptionLink> links, Instant at) {
        OrderCalculated shown = calculated != null ? calculated : OrderView.echo(order);
        RedeemedOrders.Recorded recorded = redeemed.upsert(projectId, order.id(), order.sourceId(), status,
                shown, order.metadata(), customerId, links, at);
        if (status == OrderStatus.PAID && recorded.previous() != OrderStatus.PAID) {
            events.publishEvent(paid(projectId, recorded.id(), customerId, shown.amount(), shown.totalAmount(),
                    shown.items(), order.metadata()));
        }
        return recorded.id();
    }

    /** Whether a validation stores the order: one named by id or source_id, and well formed. */
    public static boolean remembered(OrderRequest order) {
        return (hasText(order.id()) || hasText(order.sourceId())) && OrderView.problem(order) == null;
    }

    /**
     * Stores the order a validation names by id or source_id, as it calculated it, with the status it
     * sends (else the stored one, CREATED for a new order). A validation pays nothing: it publishes no
     * {@link OrderPaid}, and an order without id or source_id is not stored.
     */
    @Transactional
    public void recordValidated(String projectId, OrderRequest order, OrderCalculated calculated,
                                String customerId, Instant at) {
        if (!remembered(order)) {
            return;
        }
        redeemed.upsert(projectId, order.id(), order.sourceId(), order.status(),
                calculated != null ? calculated : OrderView.echo(order), order.metadata(), customerId, Map.of(), at);
    }

    @Transactional
    OrderResponse create(String projectId, OrderRequestBody request) {
        OrderBody body = request.values();
        schemas.checkMetadata(projectId, "order", body.metadata());
        Optional<Order> found = existing(projectId, body);
        Order order = found.orElseGet(() -> new Order(hasText(body.id()) ? body.id() : ResourceIds.order(),
                projectId, body.sourceId(), body.createdAt() != null ? body.createdAt() : now()));
        // naming an existing order updates it, null clearing as in an update
        return OrderResponse.from(apply(projectId, order, body, found.isEmpty() ? Set.of() : request.cleared(),
                found.isEmpty()));
    }

    OrderResponse get(String projectId, String id) {
        return OrderResponse.from(find(projectId, id));
    }

    ListEnvelope<OrderResponse> list(String projectId, OrderListQuery query) {
        Page<Order> page = repository.findAll(query.specification(projectId), query.pageable());
        return ListEnvelope.of("orders", page.stream().map(OrderResponse::from).toList(), page.getTotalElements());
    }

    /** A customer's orders, newest first: those whose {@code customer_id} names the customer. */
    public Page<OrderResponse> ofCustomer(String projectId, String customerId, int page, int size) {
        return repository.findAll((root, q, cb) -> cb.and(cb.equal(root.get(Order_.projectId), projectId),
                        cb.equal(root.get(Order_.customerId), customerId)),
                PageRequest.of(page - 1, size, Sort.by(Sort.Order.desc(Order_.CREATED_AT),
                        Sort.Order.desc(Order_.SEQ))))
                .map(OrderResponse::from);
    }

    @Transactional
    OrderResponse update(String projectId, String id, OrderRequestBody body) {
        return OrderResponse.from(apply(projectId, find(projectId, id), body.values(), body.cleared(), false));
    }

    @Transactional
    AsyncActionService.Accepted importAll(String projectId, List<OrderRequestBody> bodies) {
        if (bodies == null || bodies.isEmpty() || bodies.size() > MAX_IMPORT) {
            throw ApiException.badRequest("invalid_payload", "Invalid payload",
                    "Send between 1 and " + MAX_IMPORT + " orders");
        }
        for (OrderRequestBody body : bodies) {
            if (body == null) {
                throw ApiException.badRequest("invalid_payload", "Invalid payload", "An order cannot be null");
            }
            checked(body.values());
        }
        List<String> ids = new ArrayList<>();
        for (OrderRequestBody body : bodies) {
            ids.add(create(projectId, body).id());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("message", ids.size() + " order(s) imported");
        result.put("orders", ids);
        return asyncActions.done(projectId, "ORDERS.IMPORT", result);
    }

    private Optional<Order> existing(String projectId, OrderBody body) {
        if (hasText(body.id())) {
            Optional<Order> byId = repository.findById(body.id());
            if (byId.isPresent() && !byId.get().projectId().equals(projectId)) {
                throw ApiException.badRequest("duplicate_found", "Duplicate resource found",
                        "An order with id " + body.id() + " already exists");
            }
            if (byId.isPresent()) {
                return byId;
            }
        }
        return hasText(body.sourceId()) ? repository.findByProjectIdAndSourceId(projectId, body.sourceId())
                : Optional.empty();
    }

    private Order find(String projectId, String id) {
        return repository.findByProjectIdAndId(projectId, id)
                .or(() -> repository.findByProjectIdAndSourceId(projectId, id))
                .orElseThrow(() -> ApiException.notFound("order", id));
    }

    /** What the body sends replaces what the order holds, the cleared fields (wire names) go, the rest stays. */
    private Order apply(String projectId, Order order, OrderBody body, Set<String> cleared, boolean isNew) {
        checked(body);
        OrderStatus before = isNew ? null : order.status();
        if (body.status() != null) {
            order.status(body.status());
        }
        if (hasText(body.sourceId()) && !body.sourceId().equals(order.sourceId())) {
            if (repository.findByProjectIdAndSourceId(projectId, body.sourceId()).isPresent()) {
                throw ApiException.badRequest("duplicate_found", "Duplicate resource found",
                        "An order with source_id " + body.sourceId() + " already exists");
            }
            order.sourceId(body.sourceId());
        }
        OrderPricing.apply(order, body, cleared);
        if (body.metadata() != null) {
            order.metadata(body.metadata());
        } else if (cleared.contains("metadata")) {
            order.metadata(Map.of());
        }
        String customerId = person(projectId, body.customerId(), body.customer());
        if (customerId != null || cleared.contains("customer")) {
            order.customerId(customerId);
        }
        String referrerId = person(projectId, body.referrerId(), body.referrer());
        if (referrerId != null || cleared.contains("referrer")) {
            order.referrerId(referrerId);
        }
        if (!isNew) {
            order.updatedAt(now());
        }
        Order saved = repository.save(order);
        if (saved.status() == OrderStatus.PAID && before != OrderStatus.PAID) {
            Order.Amounts a = saved.amounts();
            events.publishEvent(paid(projectId, saved.id(), saved.customerId(), a.amount(), a.totalAmount(),
                    saved.items(), saved.metadata()));
        }
        return saved;
    }

    private static void checked(OrderBody body) {
        OrderView.Problem problem = OrderView.problem(new OrderRequest(body.id(), body.sourceId(), body.status(),
                body.amount(), body.initialAmount(), body.discountAmount(), body.items(), body.metadata()));
        if (problem != null) {
            throw ApiException.badRequest(problem.key(), problem.message(), problem.details());
        }
        if (body.discountAmount() != null && body.discountAmount() < 0) {
            throw ApiException.badRequest("invalid_order", "Invalid order", "Order discount_amount cannot be negative");
        }
        if (body.items() != null && body.items().size() > 500) {
            throw ApiException.badRequest("invalid_order", "Invalid order", "An order can have up to 500 items");
        }
    }

    /** The customer an id or a customer object names; null when neither names one. */
    private String person(String projectId, String id, OrderBody.Person person) {
        if (person != null && (hasText(person.id()) || hasText(person.sourceId()))) {
            return customers.resolve(projectId, new CustomerRef(person.id(), person.sourceId(), person.name(),
                    person.email(), person.phone(), person.metadata())).id();
        }
        if (hasText(id)) {
            return customers.find(projectId, id).orElseThrow(() -> ApiException.notFound("customer", id)).id();
        }
        return null;
    }

    private static OrderPaid paid(String projectId, String orderId, String customerId, Long amount, Long totalAmount,
                                  List<OrderCalculated.Item> items, Map<String, Object> metadata) {
        List<OrderPaid.Item> paidItems = items == null ? List.of() : items.stream()
                .map(i -> new OrderPaid.Item(i.productId(), i.skuId(), i.quantity(), i.amount(), i.subtotalAmount()))
                .toList();
        return new OrderPaid(projectId, orderId, customerId, amount, totalAmount, paidItems,
                metadata == null ? Map.of() : metadata);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
