package dev.voucheremulator.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A loyalty program's card definition ({@code CampaignLoyaltyCard}): starting points and expiry. */
public record LoyaltyCardConfig(Long points, ExpirationRules expirationRules) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExpirationRules(PeriodType periodType, Integer periodValue, RoundingType roundingType,
                                  Integer roundingValue, Integer fixedMonth, Integer fixedDay) {
    }

    public enum PeriodType { FIXED_DAY_OF_YEAR, MONTH }

    public enum RoundingType { END_OF_MONTH, END_OF_QUARTER, END_OF_HALF_YEAR, END_OF_YEAR, PARTICULAR_MONTH }
}
