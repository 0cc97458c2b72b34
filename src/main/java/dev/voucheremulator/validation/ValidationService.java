package dev.voucheremulator.validation;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.error.ErrorBody;
import dev.voucheremulator.analytics.CampaignEvent;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.category.CategoryResponse;
import dev.voucheremulator.customer.Activity;
import dev.voucheremulator.order.OrderService;
import dev.voucheremulator.validation.ValidationResponse.Redeemable;
import dev.voucheremulator.validation.ValidationResponse.Result;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * POST /v1/validations: what a redemption of the same body would do, without doing it. A validation
 * changes the campaign summary (an event per redeemable) and, when the request names them, the
 * customer's activity and the order.
 */
@Service
class ValidationService {

    private final RedeemableChecks checks;
    private final RequestCustomers customers;
    private final ValidationEvents events;
    private final OrderService orders;
    private final TransactionTemplate writing;

    ValidationService(RedeemableChecks checks, RequestCustomers customers, ValidationEvents events,
                      OrderService orders, PlatformTransactionManager transactions) {
        this.checks = checks;
        this.customers = customers;
        this.events = events;
        this.orders = orders;
        this.writing = new TransactionTemplate(transactions);
    }

    // No transaction around it, and no transaction scope either: see run()
    ValidationResponse validate(String projectId, StackableRequest request) {
        return run(projectId, request, Validated::response);
    }

    /**
     * One voucher or promotion tier validated the way it was before stacking. An unknown code or tier
     * was a 404 then, not an invalid answer: throwing it here also drops what the validation recorded.
     */
    LegacyValidationResponse validateOne(String projectId, StackableRequest request, boolean voucher) {
        return run(projectId, request, validated -> {
            Candidate candidate = validated.stack().candidates().get(0);
            LegacyValidationResponse response = LegacyValidationResponse.of(validated.response(),
                    voucher ? candidate.voucher() : null, voucher);
            ErrorBody error = response.error();
            if (error != null && error.code() == 404) {
                throw ApiException.notFound(error.resourceType(), error.resourceId());
            }
            return response;
        });
    }

    private record Validated(ValidationResponse response, Stack stack, List<CampaignEvent> events) {
    }

    /**
     * A validation naming a customer or an order to remember writes them and its events in one
     * transaction. Without them it writes events only: those go in with the events of the validations
     * running at the same moment, in one statement committed by itself. Its reads come from the caches
     * or open a short transaction each; it holds no connection while it waits for the others' statement.
     */
    private <T> T run(String projectId, StackableRequest request, Function<Validated, T> answer) {
        StackableRequest body = RequestRules.checked(request);
        if (body.customer() != null || (body.order() != null && OrderService.remembered(body.order()))) {
            return writing.execute(status -> {
                Validated validated = validated(projectId, body);
                T answered = answer.apply(validated);
                events.record(validated.events());
                return answered;
            });
        }
        Validated validated = validated(projectId, body);
        T answered = answer.apply(validated);
        events.recordCommitted(validated.events());
        return answered;
    }

    private Validated validated(String projectId, StackableRequest body) {
        Instant now = checks.now();
        LazyCustomer lazy = customers.lazy(projectId, body.customer());
        Stack stack = checks.evaluate(projectId, body, lazy, now);
        String validationId = ResourceIds.validation();
        CustomerSnapshot customer = customers.settle(projectId, lazy,
                stack.valid() ? Activity.VALIDATION_SUCCEEDED : Activity.VALIDATION_FAILED, stack.candidates(),
                Map.of("validation", Map.of("id", validationId, "object", "validation")), null, null, null);
        if (body.order() != null && OrderService.remembered(body.order())) {
            orders.recordValidated(projectId, body.order(), stack.finalOrder(), customer == null ? null : customer.id(),
                    now);
        }

        boolean expand = body.options() != null && body.options().expands("redeemable");
        List<Redeemable> all = stack.candidates().stream().map(c -> redeemable(c, expand)).toList();
        List<Redeemable> inapplicable = all.stream().filter(r -> r.status().equals("INAPPLICABLE")).toList();
        // PARTIAL mode: the inapplicable ones are listed apart only
        List<Redeemable> listed = stack.rules().partial()
                ? all.stream().filter(r -> !r.status().equals("INAPPLICABLE")).toList() : all;
        return new Validated(new ValidationResponse(validationId, stack.valid(), listed,
                all.stream().filter(r -> r.status().equals("SKIPPED")).toList(), inapplicable,
                stack.finalOrder(), RequestCustomers.trackingId(body.trackingId(), customer), body.session(),
                stack.rules()), stack, events.of(projectId, stack, now));
    }

    /** A redeemable as validations show it; redemptions list their inapplicable and skipped ones the same way. */
    static Redeemable redeemable(Candidate c, boolean expand) {
        Result result;
        String status;
        if (c.failure != null) {
            status = "INAPPLICABLE";
            result = new Result(null, null, null, null, c.failure.asError(), null);
        } else if (c.skipped) {
            status = "SKIPPED";
            Candidate.Skip why = c.skip == null ? StackingSelection.PRECEDING_VALIDATION_FAILED : c.skip;
            result = new Result(null, null, null, null, null, new ValidationResponse.Details(why.key(), why.message()));
        } else {
            status = "APPLICABLE";
            if (c.isGift()) {
                result = new Result(null, new ValidationResponse.GiftResult(c.giftBalance, c.giftCredits), null, null,
                        null, null);
            } else if (c.loyaltyPoints != null) {
                // the reward is not in RedeemableResultLoyaltyCard: shown beside loyalty_card, as redemptions show it
                result = new Result(null, null, new ValidationResponse.LoyaltyResult(c.loyaltyPoints),
                        RewardResult.of(c.reward.rewardId(), c.reward.rewardName()), null, null);
            } else {
                // the discount as applied: the effect defaulted where the definition has none
                result = new Result(c.discount() == null ? null : c.discount().withDefaults(), null, null, null, null,
                        null);
            }
        }
        boolean applicable = status.equals("APPLICABLE");
        return new Redeemable(status, c.id(), c.object().equals(Candidate.PROMOTION_STACK) ? null : c.object(),
                applicable ? c.order : null,
                applicable ? ValidationResponse.ResultList.EMPTY : null,
                applicable ? ValidationResponse.ResultList.EMPTY : null,
                result, metadata(c), categories(c),
                expand ? c.campaignName() : null,
                expand ? c.campaignId() : null,
                expand && c.tier != null ? c.tier.name() : null);
    }

    private static Map<String, Object> metadata(Candidate c) {
        if (c.voucher != null) {
            return c.voucher.metadata();
        }
        return c.tier != null ? c.tier.metadata() : null;
    }

    private static List<CategoryResponse> categories(Candidate c) {
        if (c.voucher != null) {
            return c.voucher.categories();
        }
        return c.tier != null ? c.tier.categories() : List.of();
    }
}
