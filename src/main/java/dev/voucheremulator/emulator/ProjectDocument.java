package dev.voucheremulator.emulator;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * A project as a fixture file, an export and a snapshot: the public API's create-request bodies, so a
 * person can write one by hand. {@code campaigns} are POST /v1/campaigns bodies, {@code vouchers}
 * POST /v1/vouchers bodies (with {@code code}, and {@code campaign} naming a campaign of the file
 * for its vouchers), {@code customers} POST /v1/customers bodies. Loaded in that order: customers,
 * campaigns, vouchers.
 */
record ProjectDocument(Integer formatVersion,
                       String project,
                       @ArraySchema(schema = @Schema(type = "object")) List<ObjectNode> customers,
                       @ArraySchema(schema = @Schema(type = "object")) List<ObjectNode> campaigns,
                       @ArraySchema(schema = @Schema(type = "object")) List<ObjectNode> vouchers) {

    static final int FORMAT_VERSION = 1;

    List<ObjectNode> customersOrEmpty() {
        return customers == null ? List.of() : customers;
    }

    List<ObjectNode> campaignsOrEmpty() {
        return campaigns == null ? List.of() : campaigns;
    }

    List<ObjectNode> vouchersOrEmpty() {
        return vouchers == null ? List.of() : vouchers;
    }
}
