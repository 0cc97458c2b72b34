package dev.voucheremulator.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.voucheremulator.pricing.OrderRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The spec's {@code QualificationsCheckEligibilityRequestBody}. */
record QualificationRequest(StackableRequest.CustomerRequest customer,
                            OrderRequest order,
                            String trackingId,
                            Scenario scenario,
                            Options options,
                            StackableRequest.SessionRequest session,
                            Map<String, Object> metadata) {

    enum Scenario {
        ALL, CUSTOMER_WALLET, AUDIENCE_ONLY, PRODUCTS, PRODUCTS_DISCOUNT, PROMOTION_STACKS, PRODUCTS_BY_CUSTOMER,
        PRODUCTS_DISCOUNT_BY_CUSTOMER
    }

    enum SortingRule { DEFAULT, BEST_DEAL, LEAST_DEAL }

    /** {@code QualificationsOption}. */
    record Options(Integer limit, Instant startingAfter, Filters filters, List<String> expand,
                   SortingRule sortingRule) {
    }

    /** {@code QualificationsOption.filters}: each field's conditions; {@code junction} and (default) or or. */
    record Filters(String junction, Field categoryId, Field campaignId, Field campaignType, Field resourceId,
                   Field resourceType, Field voucherType, Field code, Field holderRole) {
    }

    record Field(Conditions conditions) {
    }

    /** {@code QualificationsFiltersCondition}; {@code $has_value} and {@code $is_unknown} are not applied. */
    record Conditions(@JsonProperty("$is") List<String> is,
                      @JsonProperty("$is_not") List<String> isNot,
                      @JsonProperty("$in") List<String> in,
                      @JsonProperty("$not_in") List<String> notIn,
                      @JsonProperty("$has_value") Object hasValue,
                      @JsonProperty("$is_unknown") Object isUnknown) {

        boolean test(String value) {
            return (is == null || is.isEmpty() || is.contains(value))
                    && (in == null || in.isEmpty() || in.contains(value))
                    && (isNot == null || !isNot.contains(value))
                    && (notIn == null || !notIn.contains(value));
        }
    }
}
