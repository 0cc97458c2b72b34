package dev.voucheremulator.emulator;

import java.util.List;
import java.util.Map;

/**
 * A project as a fixture file, an export and a snapshot: the public API's create-request bodies, so a
 * person can write one by hand; every list is optional. {@code customers} are POST /v1/customers bodies,
 * {@code products} POST /v1/products bodies with their {@code skus}, {@code validation_rules}
 * POST /v1/validation-rules bodies, {@code campaigns} POST /v1/campaigns bodies, {@code vouchers}
 * POST /v1/vouchers bodies (with {@code code}, and {@code campaign} naming a campaign of the file for its
 * vouchers), {@code rewards} POST /v1/rewards bodies, {@code reward_assignments} and {@code earning_rules}
 * items of the loyalty program's create calls with the program's {@code campaign_id}, {@code orders}
 * POST /v1/orders bodies. Loaded in that order. An entry's {@code id} is only a name other entries may
 * point at: the resource gets a new id and every later mention of the old one is replaced by it.
 */
record ProjectDocument(Integer formatVersion,
                       String project,
                       List<Map<String, Object>> customers,
                       List<Map<String, Object>> products,
                       List<Map<String, Object>> validationRules,
                       List<Map<String, Object>> campaigns,
                       List<Map<String, Object>> vouchers,
                       List<Map<String, Object>> rewards,
                       List<Map<String, Object>> rewardAssignments,
                       List<Map<String, Object>> earningRules,
                       List<Map<String, Object>> orders) {

    static final int FORMAT_VERSION = 1;

    /** The lists in the order they load: each may point at what an earlier one holds. */
    static final List<String> SECTIONS = List.of("customers", "products", "validation_rules", "campaigns", "vouchers",
            "rewards", "reward_assignments", "earning_rules", "orders");

    static ProjectDocument of(String project, Map<String, List<Map<String, Object>>> sections) {
        return new ProjectDocument(FORMAT_VERSION, project, sections.get("customers"), sections.get("products"),
                sections.get("validation_rules"), sections.get("campaigns"), sections.get("vouchers"),
                sections.get("rewards"), sections.get("reward_assignments"), sections.get("earning_rules"),
                sections.get("orders"));
    }

    List<Map<String, Object>> section(String name) {
        List<Map<String, Object>> entries = switch (name) {
            case "customers" -> customers;
            case "products" -> products;
            case "validation_rules" -> validationRules;
            case "campaigns" -> campaigns;
            case "vouchers" -> vouchers;
            case "rewards" -> rewards;
            case "reward_assignments" -> rewardAssignments;
            case "earning_rules" -> earningRules;
            case "orders" -> orders;
            default -> throw new IllegalArgumentException(name);
        };
        return entries == null ? List.of() : entries;
    }
}
