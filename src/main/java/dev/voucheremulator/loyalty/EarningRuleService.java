package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.campaign.CampaignResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** An earning rule's life after it was created: updated, switched on and off, deleted. */
@Service
@Transactional
class EarningRuleService {

    private final EarningRuleRepository rules;
    private final LoyaltyProgramService programs;
    private final JsonMapper json;
    private final Clock clock;

    EarningRuleService(EarningRuleRepository rules, LoyaltyProgramService programs, JsonMapper json, Clock clock) {
        this.rules = rules;
        this.programs = programs;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A partial update: a property left out keeps its value, an explicit null clears it, a value
     * replaces it. {@code loyalty} cannot be cleared, a rule always gives points. The source's banner
     * is all a rule keeps of its {@code source}.
     */
    EarningRuleResponse update(String projectId, String campaignId, String ruleId, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.invalidPayload("The request body should be a JSON object");
        }
        UpdateEarningRuleRequest request;
        try {
            request = json.treeToValue(body, UpdateEarningRuleRequest.class);
        } catch (JacksonException e) {
            throw ApiException.invalidPayload("The request body does not match the earning rule's schema");
        }
        if (body.has("loyalty") && request.loyalty() == null) {
            throw ApiException.invalidPayload("Property 'loyalty' cannot be null");
        }
        EarningRule rule = find(projectId, campaignId, ruleId);
        ObjectNode merged = json.valueToTree(rule.definition());
        for (String property : UpdateEarningRuleRequest.DEFINITION_PROPERTIES) {
            if (body.has(property)) {
                merged.set(property, body.get(property));
            }
        }
        if (request.source() != null) {
            merged.set("source", json.valueToTree(new EarningRule.Source(request.source().banner(), null, null)));
        }
        Instant now = now();
        rule.update(json.treeToValue(merged, EarningRule.Definition.class), now);
        if (request.active() != null) {
            rule.active(request.active(), now);
        }
        return EarningRuleResponse.from(rules.saveAndFlush(rule));
    }

    EarningRuleResponse enable(String projectId, String campaignId, String ruleId) {
        return switchTo(true, find(projectId, campaignId, ruleId));
    }

    EarningRuleResponse disable(String projectId, String campaignId, String ruleId) {
        return switchTo(false, find(projectId, campaignId, ruleId));
    }

    void delete(String projectId, String campaignId, String ruleId) {
        rules.delete(find(projectId, campaignId, ruleId));
    }

    private EarningRuleResponse switchTo(boolean active, EarningRule rule) {
        rule.active(active, now());
        return EarningRuleResponse.from(rules.saveAndFlush(rule));
    }

    private EarningRule find(String projectId, String campaignId, String ruleId) {
        CampaignResponse program = programs.get(projectId, campaignId);
        return rules.findByProjectIdAndCampaignIdAndId(projectId, program.id(), ruleId)
                .orElseThrow(() -> ApiException.notFound("earning_rule", ruleId));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
