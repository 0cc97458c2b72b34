package dev.voucheremulator.emulator;

import java.util.List;
import java.util.Map;

/**
 * A project as a fixture file, an export and a snapshot: the public API's create-request bodies, so a
 * person can write one by hand. {@code campaigns} are POST /v1/campaigns bodies, {@code vouchers}
 * POST /v1/vouchers bodies (with {@code code}, and {@code campaign} naming a campaign of the file
 * for its vouchers), {@code customers} POST /v1/customers bodies. Loaded in that order: customers,
 * campaigns, vouchers.
 */
record ProjectDocument(Integer formatVersion,
                       String project,
                       List<Map<String, Object>> customers,
                       List<Map<String, Object>> campaigns,
                       List<Map<String, Object>> vouchers) {

    static final int FORMAT_VERSION = 1;

    List<Map<String, Object>> customersOrEmpty() {
        return customers == null ? List.of() : customers;
    }

    List<Map<String, Object>> campaignsOrEmpty() {
        return campaigns == null ? List.of() : campaigns;
    }

    List<Map<String, Object>> vouchersOrEmpty() {
        return vouchers == null ? List.of() : vouchers;
    }
}
