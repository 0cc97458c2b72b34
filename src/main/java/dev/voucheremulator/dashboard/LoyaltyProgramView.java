package dev.voucheremulator.dashboard;

import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.dashboard.DashboardViews.Detail;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A loyalty program's point expiration rules in words, from its {@code voucher.loyalty_card.expiration_rules}. */
final class LoyaltyProgramView {

    static final String NEVER = "Points never expire: the program has no expiration rules.";

    private LoyaltyProgramView() {
    }

    /** The rules as GET /v1/loyalties/{id} answers them, each field, then what they mean. */
    static List<Detail> expirationRules(CampaignResponse program, JsonMapper json) {
        JsonNode rules = program.voucher() == null || program.voucher().loyaltyCard() == null
                || program.voucher().loyaltyCard().expirationRules() == null ? null
                : json.valueToTree(program.voucher().loyaltyCard().expirationRules());
        List<Detail> details = new ArrayList<>();
        if (rules == null || !rules.isObject() || rules.isEmpty()) {
            details.add(new Detail("Rule", NEVER));
            return details;
        }
        details.add(new Detail("Rule", expirationRules(rules)));
        for (var field : rules.properties()) {
            details.add(new Detail(field.getKey(), field.getValue().asString()));
        }
        return details;
    }

    /**
     * {@code expiration_rules} in one sentence: "6 month(s) after they are added, then to the end of the
     * quarter", "on 31 December after they are added"; empty when there are none.
     */
    static String expirationRules(JsonNode rules) {
        if (rules == null || !rules.isObject() || !rules.hasNonNull("period_type")) {
            return "";
        }
        if ("FIXED_DAY_OF_YEAR".equals(rules.path("period_type").asString())) {
            return "on the next " + rules.path("fixed_day").asString() + " " + month(rules.path("fixed_month").asInt())
                    + " after they are added";
        }
        String after = rules.path("period_value").asString() + " month(s) after they are added";
        String rounding = rules.path("rounding_type").asString("");
        return switch (rounding) {
            case "END_OF_MONTH" -> after + ", then to the end of that month";
            case "END_OF_QUARTER" -> after + ", then to the end of that quarter";
            case "END_OF_HALF_YEAR" -> after + ", then to the end of that half year";
            case "END_OF_YEAR" -> after + ", then to the end of that year";
            case "PARTICULAR_MONTH" -> after + ", then to the end of the next "
                    + month(rules.path("rounding_value").asInt());
            default -> after;
        };
    }

    private static String month(int number) {
        return number < 1 || number > 12 ? Integer.toString(number)
                : Month.of(number).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
