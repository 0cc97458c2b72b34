package dev.voucheremulator.emulator;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.fixture.ProjectSection;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.campaign.CampaignListQuery;
import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.campaign.CampaignService;
import dev.voucheremulator.customer.CustomerProfiles;
import dev.voucheremulator.customer.CustomerWithSummary;
import dev.voucheremulator.voucher.VoucherListQuery;
import dev.voucheremulator.voucher.VoucherResponse;
import dev.voucheremulator.voucher.VoucherService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a project as a {@link ProjectDocument}: each resource's public answer reduced to the
 * properties its create request takes, oldest first so an import creates them in the same order.
 * State that only the API's history produces (redemptions, balances spent, points, publications)
 * is not part of it.
 */
@Service
@Transactional(readOnly = true)
class ProjectExporter {

    private static final int PAGE = 100;
    private static final int MAX_PAGES = 99;

    private static final Set<String> CUSTOMER = Set.of("id", "source_id", "name", "description", "email", "phone",
            "birthday", "birthdate", "address", "metadata");
    private static final Set<String> CAMPAIGN = Set.of("id", "name", "description", "campaign_type", "type", "join_once",
            "auto_join", "use_voucher_metadata_schema", "start_date", "expiration_date", "validity_timeframe",
            "validity_day_of_week", "validity_hours", "activity_duration_after_publishing", "category", "metadata",
            "voucher", "promotion", "referral_program", "loyalty_tiers_expiration");
    private static final Set<String> CAMPAIGN_VOUCHER = Set.of("type", "discount", "gift", "loyalty_card",
            "redemption", "code_config", "is_referral_code");
    private static final Set<String> TIER = Set.of("name", "banner", "action", "metadata", "active", "hierarchy",
            "start_date", "expiration_date", "validity_timeframe", "validity_day_of_week", "validity_hours",
            "category");
    private static final Set<String> VOUCHER = Set.of("code", "campaign", "category", "type", "discount", "gift",
            "loyalty_card", "start_date", "expiration_date", "validity_timeframe", "validity_day_of_week",
            "validity_hours", "active", "additional_info", "metadata", "redemption");
    // A campaign's voucher takes its definition from the campaign; these are what it may override.
    private static final Set<String> CAMPAIGN_VOUCHER_OVERRIDES = Set.of("code", "campaign", "category",
            "start_date", "expiration_date", "additional_info", "metadata", "redemption");

    private final CampaignService campaigns;
    private final VoucherService vouchers;
    private final CustomerProfiles customers;
    private final List<ProjectSection> sections;
    private final JsonMapper json;

    ProjectExporter(CampaignService campaigns, VoucherService vouchers, CustomerProfiles customers,
                    List<ProjectSection> sections, JsonMapper json) {
        this.campaigns = campaigns;
        this.vouchers = vouchers;
        this.customers = customers;
        this.sections = sections;
        this.json = json;
    }

    ProjectDocument export(String projectId) {
        Map<String, List<Map<String, Object>>> lists = new HashMap<>();
        lists.put("customers", maps(customers(projectId)));
        lists.put("campaigns", maps(campaigns(projectId)));
        lists.put("vouchers", maps(vouchers(projectId)));
        for (ProjectSection section : sections) {
            lists.put(section.name(), section.export(projectId));
        }
        for (String name : ProjectDocument.SECTIONS) {
            lists.putIfAbsent(name, List.of());
        }
        return ProjectDocument.of(projectId, lists);
    }

    private List<Map<String, Object>> maps(List<ObjectNode> nodes) {
        List<Map<String, Object>> out = new ArrayList<>(nodes.size());
        for (ObjectNode node : nodes) {
            out.add(json.convertValue(node, new TypeReference<Map<String, Object>>() { }));
        }
        return out;
    }

    private List<ObjectNode> customers(String projectId) {
        List<CustomerWithSummary> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            Page<CustomerWithSummary> found = customers.search(projectId, null, page, PAGE);
            all.addAll(found.getContent());
            if (!found.hasNext()) {
                break;
            }
        }
        // search answers newest first
        List<ObjectNode> out = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            out.add(keep(json.valueToTree(all.get(i)), CUSTOMER));
        }
        return out;
    }

    private List<ObjectNode> campaigns(String projectId) {
        List<ObjectNode> out = new ArrayList<>();
        for (int page = 1; ; page++) {
            CampaignListQuery query = CampaignListQuery.of(PAGE, page, null, null, null, "created_at", List.of(),
                    Map.of());
            ListEnvelope<CampaignResponse> found = campaigns.list(projectId, query);
            for (CampaignResponse listed : found.data()) {
                out.add(campaign(campaigns.get(projectId, listed.id())));
            }
            if (found.data().size() < PAGE) {
                return out;
            }
            if (page == MAX_PAGES) {
                throw tooLarge("campaigns");
            }
        }
    }

    private ObjectNode campaign(CampaignResponse campaign) {
        ObjectNode body = keep(json.valueToTree(campaign), CAMPAIGN);
        if (body.get("voucher") instanceof ObjectNode voucher) {
            body.set("voucher", keep(voucher, CAMPAIGN_VOUCHER));
        }
        if (body.get("promotion") instanceof ObjectNode promotion && promotion.get("tiers") != null) {
            ObjectNode tiers = json.createObjectNode();
            var list = tiers.putArray("tiers");
            promotion.get("tiers").forEach(tier -> list.add(withRules(keep((ObjectNode) tier, TIER), tier)));
            body.set("promotion", tiers);
        } else {
            body.remove("promotion");
        }
        // Its vouchers follow in "vouchers", with their codes; a STANDALONE campaign's one voucher is made
        // with the campaign, with the code listed there.
        body.put("vouchers_count", 0);
        return withRules(body, json.valueToTree(campaign));
    }

    private List<ObjectNode> vouchers(String projectId) {
        List<ObjectNode> out = new ArrayList<>();
        Sort oldestFirst = Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id"));
        for (int page = 1; ; page++) {
            VoucherListQuery query = new VoucherListQuery(PAGE, page, null, null, null, null, null, List.of(),
                    oldestFirst, null, null, null, null);
            ListEnvelope<VoucherResponse> found = vouchers.list(projectId, query);
            for (VoucherResponse voucher : found.data()) {
                out.add(voucher(voucher));
            }
            if (found.data().size() < PAGE) {
                return out;
            }
            if (page == MAX_PAGES) {
                throw tooLarge("vouchers");
            }
        }
    }

    private ObjectNode voucher(VoucherResponse voucher) {
        ObjectNode answer = json.valueToTree(voucher);
        ObjectNode body = keep(answer, VOUCHER);
        if (voucher.campaign() != null) {
            body = keep(body, CAMPAIGN_VOUCHER_OVERRIDES);
        } else {
            body.remove("campaign");
            if (body.get("gift") instanceof ObjectNode gift) {
                body.set("gift", keep(gift, Set.of("amount", "effect")));
            }
            if (body.get("redemption") instanceof ObjectNode redemption) {
                body.set("redemption", keep(redemption, Set.of("quantity")));
            }
            withRules(body, answer);
        }
        if (body.get("redemption") instanceof ObjectNode redemption) {
            body.set("redemption", keep(redemption, Set.of("quantity")));
        }
        return body;
    }

    /** The ids of the rules assigned to what {@code answer} shows, as its create request's {@code validation_rules}. */
    private static ObjectNode withRules(ObjectNode body, JsonNode answer) {
        List<String> ruleIds = new ArrayList<>();
        for (String property : List.of("validation_rules_assignments", "validation_rule_assignments")) {
            JsonNode data = answer.path(property).path("data");
            data.forEach(assignment -> {
                String rule = assignment.path("rule_id").asString(null);
                if (rule != null && !ruleIds.contains(rule)) {
                    ruleIds.add(rule);
                }
            });
        }
        if (!ruleIds.isEmpty()) {
            var list = body.putArray("validation_rules");
            ruleIds.forEach(list::add);
        }
        return body;
    }

    private static ObjectNode keep(ObjectNode node, Set<String> names) {
        ObjectNode copy = node.deepCopy();
        List<String> drop = new ArrayList<>();
        for (String name : copy.propertyNames()) {
            JsonNode value = copy.get(name);
            if (!names.contains(name) || value == null || value.isNull()) {
                drop.add(name);
            }
        }
        drop.forEach(copy::remove);
        return copy;
    }

    private static ApiException tooLarge(String what) {
        return ApiException.badRequest("invalid_payload", "Project too large",
                "An export holds at most " + PAGE * MAX_PAGES + " " + what);
    }
}
