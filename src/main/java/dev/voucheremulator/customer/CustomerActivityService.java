package dev.voucheremulator.customer;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.query.QueryString;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A customer's activity and what is read from it: the redeemables published to the customer. */
@Service
@Transactional(readOnly = true)
class CustomerActivityService {

    private static final Set<String> CAMPAIGN_TYPES = Set.of("DISCOUNT_COUPONS", "REFERRAL_PROGRAM", "GIFT_VOUCHERS",
            "PROMOTION", "LOYALTY_PROGRAM");
    // Effects are what Voucherify did in answer to an action: rewards, points, segment changes.
    private static final List<String> EFFECT_PREFIXES = List.of("customer.rewarded", "customer.voucher.",
            "customer.loyalty.", "customer.segment.", "customer.holder.");

    private final CustomerActivityRepository activities;
    private final CustomerApiService customers;
    private final Clock clock;

    CustomerActivityService(CustomerActivityRepository activities, CustomerApiService customers, Clock clock) {
        this.activities = activities;
        this.customers = customers;
        this.clock = clock;
    }

    /**
     * Newest first (or {@code order=created_at}), {@code limit} 1..100, after the {@code starting_after_id}
     * event, between {@code start_date} and {@code end_date} (inclusive), by {@code campaign_id},
     * {@code campaign_type}, {@code category} (ACTION or EFFECT) and {@code type}.
     */
    ListEnvelope<ActivityResponse> list(String projectId, String customerId, QueryString query) {
        query.rejectFilters();
        String customer = customers.live(projectId, customerId).id();
        int limit = query.integer("limit", 1, 100, 10);
        String order = query.single("order");
        if (order != null && !order.equals("created_at") && !order.equals("-created_at")) {
            throw ApiException.invalidQueryParams("Query parameter 'order' should be one of created_at, -created_at");
        }
        boolean ascending = "created_at".equals(order);
        List<Specification<CustomerActivity>> all = new ArrayList<>();
        all.add((root, q, cb) -> cb.equal(root.get(CustomerActivity_.customerId), customer));
        Instant start = query.instant("start_date");
        Instant end = query.instant("end_date");
        if (start != null) {
            all.add((root, q, cb) -> cb.greaterThanOrEqualTo(root.get(CustomerActivity_.createdAt), start));
        }
        if (end != null) {
            all.add((root, q, cb) -> cb.lessThanOrEqualTo(root.get(CustomerActivity_.createdAt), end));
        }
        String campaignId = query.single("campaign_id");
        if (campaignId != null) {
            all.add((root, q, cb) -> cb.equal(root.get(CustomerActivity_.campaignId), campaignId));
        }
        String campaignType = query.single("campaign_type");
        if (campaignType != null) {
            String type = campaignType.toUpperCase(Locale.ROOT);
            if (!CAMPAIGN_TYPES.contains(type)) {
                throw ApiException.invalidQueryParams("Query parameter 'campaign_type' should be one of "
                        + "DISCOUNT_COUPONS, REFERRAL_PROGRAM, GIFT_VOUCHERS, PROMOTION, LOYALTY_PROGRAM");
            }
            all.add((root, q, cb) -> cb.equal(root.get(CustomerActivity_.campaignType), type));
        }
        String category = query.single("category");
        if (category != null) {
            all.add(category(category.toUpperCase(Locale.ROOT)));
        }
        String type = query.single("type");
        if (type != null) {
            all.add((root, q, cb) -> cb.equal(root.get(CustomerActivity_.type), type));
        }
        String after = query.single("starting_after_id");
        if (after != null) {
            CustomerActivity cursor = activities.findById(after).filter(a -> a.customerId().equals(customer))
                    .orElseThrow(() -> ApiException.invalidQueryParams(
                            "Query parameter 'starting_after_id' should name an event of this customer"));
            long seq = cursor.seq();
            all.add((root, q, cb) -> ascending ? cb.greaterThan(root.get(CustomerActivity_.seq), seq)
                    : cb.lessThan(root.get(CustomerActivity_.seq), seq));
        }
        Sort sort = ascending ? Sort.by(CustomerActivity_.SEQ) : Sort.by(Sort.Direction.DESC, CustomerActivity_.SEQ);
        List<CustomerActivity> page = activities.findAll(Specification.allOf(all), PageRequest.of(0, limit + 1, sort))
                .getContent();
        boolean hasMore = page.size() > limit;
        List<ActivityResponse> data = page.stream().limit(limit).map(ActivityResponse::from).toList();
        return ListEnvelope.cursor(data, null, hasMore, hasMore ? data.get(data.size() - 1).id() : null);
    }

    /** The codes published to the customer, oldest first, one entry per voucher. */
    ListEnvelope<RedeemableResponse> redeemables(String projectId, String customerId, QueryString query) {
        Predicate<RedeemableResponse> filters = CustomerRedeemableFilters.matcher(
                CustomerRedeemableFilters.SYNTAX.read(query), clock.instant());
        String customer = customers.live(projectId, customerId).id();
        int limit = query.integer("limit", 1, 100, 10);
        String order = query.single("order");
        if (order != null && !order.equals("created_at") && !order.equals("-created_at")) {
            throw ApiException.invalidQueryParams("Query parameter 'order' should be one of created_at, -created_at");
        }
        Map<String, RedeemableResponse> byVoucher = new LinkedHashMap<>();
        activities.findAll((root, q, cb) -> cb.and(cb.equal(root.get(CustomerActivity_.customerId), customer),
                        cb.equal(root.get(CustomerActivity_.type), Activity.PUBLICATION_SUCCEEDED)),
                Sort.by(CustomerActivity_.SEQ)).forEach(a -> {
            if (a.data().get("voucher") instanceof Map<?, ?> voucher && voucher.get("id") instanceof String id) {
                byVoucher.putIfAbsent(id, new RedeemableResponse("rh_" + a.id().substring("evcus_".length()),
                        a.createdAt(), id, "voucher", customer, "OWNER", a.campaignId(), a.campaignType(),
                        voucher.get("type") instanceof String t ? t : null));
            }
        });
        List<RedeemableResponse> all = new ArrayList<>(byVoucher.values().stream().filter(filters).toList());
        if (!"created_at".equals(order)) {
            java.util.Collections.reverse(all);
        }
        String after = query.single("starting_after_id");
        int from = 0;
        if (after != null) {
            from = all.stream().map(RedeemableResponse::id).toList().indexOf(after) + 1;
            if (from == 0) {
                throw ApiException.invalidQueryParams("Query parameter 'starting_after_id' should name a redeemable "
                        + "of this customer");
            }
        }
        List<RedeemableResponse> data = all.subList(from, Math.min(all.size(), from + limit));
        boolean hasMore = from + limit < all.size();
        return ListEnvelope.cursor(List.copyOf(data), (long) all.size(), hasMore,
                hasMore ? data.get(data.size() - 1).id() : null);
    }

    private static Specification<CustomerActivity> category(String category) {
        if (!category.equals("ACTION") && !category.equals("EFFECT")) {
            throw ApiException.invalidQueryParams("Query parameter 'category' should be one of ACTION, EFFECT");
        }
        return (root, q, cb) -> {
            var effect = cb.or(EFFECT_PREFIXES.stream()
                    .map(p -> cb.like(root.get(CustomerActivity_.type), p + "%"))
                    .toArray(jakarta.persistence.criteria.Predicate[]::new));
            return category.equals("EFFECT") ? effect : cb.not(effect);
        };
    }
}
