package dev.voucheremulator.dashboard;

import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.dashboard.DashboardViews.Pager;
import dev.voucheremulator.dashboard.DashboardViews.Table;
import dev.voucheremulator.publication.PublicationService;
import dev.voucheremulator.validationrule.AssignmentResponse;
import dev.voucheremulator.validationrule.ValidationRuleResponse;
import dev.voucheremulator.validationrule.ValidationRuleService;
import dev.voucheremulator.validationrule.ValidationRulesAssignmentList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** The tabs every campaign type has besides the tables of {@link CampaignTables}: rules and distributions. */
@Service
@Transactional(readOnly = true)
class CampaignTabs {

    private final ValidationRuleService rules;
    private final PublicationService publications;

    CampaignTabs(ValidationRuleService rules, PublicationService publications) {
        this.rules = rules;
        this.publications = publications;
    }

    /**
     * The validation rules assigned to the campaign, as GET /v1/campaigns/{id} lists them in
     * {@code validation_rules_assignments}, each with its conditions in one line.
     */
    Table rules(String projectId, CampaignResponse campaign) {
        ValidationRulesAssignmentList assigned = campaign.validationRulesAssignments() != null
                ? campaign.validationRulesAssignments()
                : rules.assignmentsOf(projectId, "campaign", campaign.id());
        List<List<String>> rows = new ArrayList<>();
        for (AssignmentResponse a : assigned.data()) {
            ValidationRuleResponse rule = rules.findRule(projectId, a.ruleId()).orElse(null);
            rows.add(List.of(a.ruleId(), rule == null ? "(deleted)" : Objects.toString(rule.name(), ""),
                    rule == null || rule.type() == null ? "" : rule.type().name().toLowerCase(),
                    rule == null ? "" : conditions(rule.rules()),
                    rule == null ? "" : applicableTo(rule),
                    rule == null || rule.error() == null ? "" : Objects.toString(rule.error().message(), ""),
                    a.id(), Formats.dateTime(a.createdAt())));
        }
        return new Table(List.of("Rule id", "Name", "Type", "Conditions", "Applicable to", "Error message",
                "Assignment", "Assigned"), rows, new Pager(1, 1, rows.size()));
    }

    /** The campaign's publications by channel, as GET /v1/publications lists them with their channel. */
    Table distributions(String projectId, String campaignId) {
        List<List<String>> rows = publications.channelsOfCampaign(projectId, campaignId).stream()
                .map(c -> List.of(c.channel(), Long.toString(c.total()), Long.toString(c.succeeded()),
                        Long.toString(c.failed()))).toList();
        return new Table(List.of("Channel", "Publications", "Succeeded", "Failed"), rows,
                new Pager(1, 1, rows.size()));
    }

    /**
     * A rule's conditions in one line, e.g. {@code order.amount $more_than 100.00 AND customer.segment $is
     * seg_1}: each numbered condition with its operator and values, joined by the rule's logic.
     */
    static String conditions(JsonNode rules) {
        if (rules == null || !rules.isObject()) {
            return "";
        }
        Map<String, String> byNumber = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : rules.properties()) {
            JsonNode rule = e.getValue();
            if (e.getKey().equals("logic") || !rule.isObject()) {
                continue;
            }
            String name = rule.path("name").asString("");
            if (rule.hasNonNull("property") && !rule.get("property").asString("").isEmpty()) {
                name += "[" + rule.get("property").asString() + "]";
            }
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, JsonNode> c : rule.path("conditions").properties()) {
                String values = c.getValue().isArray()
                        ? c.getValue().valueStream().map(CampaignTabs::value).collect(Collectors.joining(", "))
                        : value(c.getValue());
                parts.add(c.getKey() + (values.isEmpty() ? "" : " " + values));
            }
            String nested = conditions(rule.path("rules"));
            byNumber.put(e.getKey(), (name + " " + String.join(" ", parts)).trim()
                    + (nested.isEmpty() ? "" : " (" + nested + ")"));
        }
        String logic = rules.path("logic").asString("");
        if (logic.isBlank()) {
            return String.join(" AND ", byNumber.values());
        }
        // the logic names the conditions by number: "(1 and 2) or 3"
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+").matcher(logic);
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    byNumber.getOrDefault(m.group(), m.group())));
        }
        m.appendTail(out);
        return out.toString().replace(" and ", " AND ").replace(" or ", " OR ");
    }

    private static String value(JsonNode v) {
        return v.isValueNode() ? v.asString() : v.toString();
    }

    private static String applicableTo(ValidationRuleResponse rule) {
        if (rule.applicableTo() == null) {
            return "";
        }
        var to = rule.applicableTo();
        List<String> parts = new ArrayList<>();
        if (Boolean.TRUE.equals(to.includedAll())) {
            parts.add("all items");
        }
        if (to.included() != null && !to.included().isEmpty()) {
            parts.add("included: " + to.included().stream().map(CampaignTabs::item).collect(Collectors.joining(", ")));
        }
        if (to.excluded() != null && !to.excluded().isEmpty()) {
            parts.add("excluded: " + to.excluded().stream().map(CampaignTabs::item).collect(Collectors.joining(", ")));
        }
        return String.join("; ", parts);
    }

    private static String item(JsonNode item) {
        return item.path("object").asString("") + " " + item.path("id").asString("");
    }
}
