package dev.voucheremulator.validation;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.category.CategoryResponse;
import dev.voucheremulator.pricing.DiscountCalculator;
import dev.voucheremulator.pricing.OrderCalculated;
import dev.voucheremulator.pricing.OrderRequest;
import dev.voucheremulator.pricing.OrderView;
import dev.voucheremulator.promotion.PromotionTierService;
import dev.voucheremulator.spec.VoucherType;
import dev.voucheremulator.validation.QualificationRequest.Conditions;
import dev.voucheremulator.validation.QualificationRequest.Field;
import dev.voucheremulator.validation.QualificationRequest.Filters;
import dev.voucheremulator.validation.QualificationRequest.Scenario;
import dev.voucheremulator.validation.QualificationRequest.SortingRule;
import dev.voucheremulator.validation.QualificationResponse.Qualified;
import dev.voucheremulator.validation.StackableRequest.RedeemableRef;
import dev.voucheremulator.voucher.VoucherService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * POST /v1/qualifications: every redeemable the scenario considers (the customer's vouchers, the
 * project's active promotion tiers) is checked alone against the order by the validations' checks,
 * so what qualifies here validates there. Loyalty cards need a reward and are left out; product
 * scenarios answer the redeemables (the emulator has no product-level qualification), promotion stacks none.
 */
@Service
@Transactional(readOnly = true)
class QualificationService {

    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 50;
    // how many vouchers and tiers one qualification looks at, at most
    static final int MAX_CANDIDATES = 300;

    private final RedeemableChecks checks;
    private final RequestCustomers customers;
    private final VoucherService vouchers;
    private final PromotionTierService tiers;

    QualificationService(RedeemableChecks checks, RequestCustomers customers, VoucherService vouchers,
                         PromotionTierService tiers) {
        this.checks = checks;
        this.customers = customers;
        this.vouchers = vouchers;
        this.tiers = tiers;
    }

    // Writes: a customer named by source_id is created on first use, as validations do.
    @Transactional
    QualificationResponse qualify(String projectId, QualificationRequest body) {
        if (body == null) {
            throw ApiException.invalidPayload("The request body should be a JSON object");
        }
        QualificationRequest.Options options = body.options();
        int limit = options == null || options.limit() == null ? DEFAULT_LIMIT : options.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalidPayload("Property 'options.limit' should be between 1 and " + MAX_LIMIT);
        }
        OrderRequest order = body.order();
        RequestRules.checked(request(new RedeemableRef(Candidate.VOUCHER, "order-check", null, null), body));
        OrderView.Problem problem = OrderView.problem(order);
        if (problem != null) {
            throw ApiException.badRequest(problem.key(), problem.message(), problem.details());
        }
        Instant now = checks.now();
        CustomerSnapshot customer = customers.resolve(projectId, body.customer());
        Scenario scenario = body.scenario() == null ? Scenario.ALL : body.scenario();

        List<RedeemableRef> considered = new ArrayList<>();
        if (customer != null && scenario != Scenario.AUDIENCE_ONLY && scenario != Scenario.PROMOTION_STACKS) {
            vouchers.heldBy(projectId, customer.id(), MAX_CANDIDATES)
                    .forEach(id -> considered.add(new RedeemableRef(Candidate.VOUCHER, id, null, null)));
        }
        if (scenario != Scenario.CUSTOMER_WALLET && scenario != Scenario.PROMOTION_STACKS
                && scenario != Scenario.PRODUCTS_BY_CUSTOMER && scenario != Scenario.PRODUCTS_DISCOUNT_BY_CUSTOMER) {
            tiers.activeIds(projectId, MAX_CANDIDATES)
                    .forEach(id -> considered.add(new RedeemableRef(Candidate.PROMOTION_TIER, id, null, null)));
        }

        boolean expand = options != null && options.expand() != null && options.expand().contains("redeemable");
        Predicate<Candidate> wanted = filter(options == null ? null : options.filters());
        List<Qualified> qualified = new ArrayList<>();
        for (RedeemableRef ref : considered) {
            Candidate c = checks.evaluate(projectId, request(ref, body), () -> customer, now).candidates().get(0);
            if (c.failure() == null && !c.skipped() && !c.isLoyaltyCard() && wanted.test(c)) {
                qualified.add(qualified(c, expand));
            }
        }
        Instant after = options == null ? null : options.startingAfter();
        List<Qualified> sorted = qualified.stream()
                .filter(q -> after == null || q.createdAt().isBefore(after))
                .sorted(order(options == null ? null : options.sortingRule()))
                .toList();
        List<Qualified> page = sorted.stream().limit(limit).toList();
        boolean hasMore = sorted.size() > limit;
        return new QualificationResponse(
                new QualificationResponse.Redeemables("list", "data", page, page.size(), hasMore,
                        hasMore ? page.get(page.size() - 1).createdAt() : null),
                RequestCustomers.trackingId(body.trackingId(), customer), plain(order),
                checks.stackingRules(projectId));
    }

    private static StackableRequest request(RedeemableRef ref, QualificationRequest body) {
        return new StackableRequest(List.of(ref), body.order(), body.customer(), body.session(), body.trackingId(),
                body.metadata(), null);
    }

    private static Qualified qualified(Candidate c, boolean expand) {
        ValidationResponse.Redeemable r = ValidationService.redeemable(c, true);
        Instant createdAt = c.voucher() != null ? c.voucher().createdAt() : c.tier().createdAt();
        return new Qualified(c.relatedObjectId(), c.object(), createdAt, r.result(), r.order(), r.applicableTo(),
                r.inapplicableTo(), expand ? r.metadata() : null, r.categories(),
                c.tier() != null ? c.tier().banner() : null, expand ? r.name() : null,
                expand ? r.campaignName() : null, expand ? r.campaignId() : null);
    }

    // DEFAULT: newest first; the deals by what the redeemable alone takes off the order. Ties: newest, then id.
    private static Comparator<Qualified> order(SortingRule rule) {
        Comparator<Qualified> newest = Comparator.comparing(Qualified::createdAt).reversed()
                .thenComparing(Qualified::id, Comparator.reverseOrder());
        Comparator<Qualified> deal = Comparator.comparingLong(QualificationService::applied);
        if (rule == SortingRule.BEST_DEAL) {
            return deal.reversed().thenComparing(newest);
        }
        return rule == SortingRule.LEAST_DEAL ? deal.thenComparing(newest) : newest;
    }

    private static long applied(Qualified q) {
        return q.order() == null || q.order().totalAppliedDiscountAmount() == null ? 0
                : q.order().totalAppliedDiscountAmount();
    }

    private static Predicate<Candidate> filter(Filters filters) {
        if (filters == null) {
            return c -> true;
        }
        List<Predicate<Candidate>> all = new ArrayList<>();
        add(all, filters.campaignId(), c -> List.of(Objects.toString(c.campaignId(), "")));
        add(all, filters.campaignType(), c -> List.of(c.campaign() == null || c.campaign().campaignType() == null
                ? "" : c.campaign().campaignType().name()));
        add(all, filters.resourceId(), c -> List.of(c.relatedObjectId()));
        add(all, filters.resourceType(), c -> List.of(c.object()));
        add(all, filters.voucherType(), c -> List.of(c.voucher() == null ? "" : voucherType(c.voucher().type())));
        add(all, filters.code(), c -> List.of(c.voucher() == null ? "" : c.voucher().code()));
        add(all, filters.categoryId(), c -> categoryIds(c));
        add(all, filters.holderRole(), c -> List.of(c.voucher() != null ? "OWNER" : ""));
        boolean any = "or".equalsIgnoreCase(filters.junction());
        return c -> all.isEmpty() || (any ? all.stream().anyMatch(p -> p.test(c)) : all.stream().allMatch(p -> p.test(c)));
    }

    private static void add(List<Predicate<Candidate>> all, Field field,
                            java.util.function.Function<Candidate, List<String>> values) {
        if (field == null || field.conditions() == null) {
            return;
        }
        Conditions conditions = field.conditions();
        all.add(c -> {
            List<String> of = values.apply(c);
            return of.isEmpty() ? conditions.test("") : of.stream().anyMatch(conditions::test);
        });
    }

    private static List<String> categoryIds(Candidate c) {
        List<CategoryResponse> categories = c.voucher() != null ? c.voucher().categories()
                : c.tier() != null ? c.tier().categories() : null;
        return categories == null ? List.of() : categories.stream().map(CategoryResponse::id).toList();
    }

    private static String voucherType(VoucherType type) {
        return type == null ? "" : type.name();
    }

    /** The order as sent, calculated without any redeemable. */
    private static OrderCalculated plain(OrderRequest order) {
        if (order == null) {
            return null;
        }
        DiscountCalculator.Order start = OrderView.start(order);
        return start == null ? OrderView.echo(order) : OrderView.render(order, start, 0, List.of());
    }
}
