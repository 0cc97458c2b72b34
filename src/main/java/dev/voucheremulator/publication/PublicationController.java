package dev.voucheremulator.publication;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.query.QueryString;
import dev.voucheremulator.customer.CustomerRef;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/publications")
@Tag(name = "Publications")
class PublicationController {

    private final PublicationService publications;

    PublicationController(PublicationService publications) {
        this.publications = publications;
    }

    @PostMapping
    @Operation(operationId = "create-publication", summary = "Create Publication")
    PublicationResponse create(@Parameter(hidden = true) Project project,
                               @RequestParam(name = "join_once", required = false) Boolean joinOnce,
                               @RequestBody CreatePublicationRequest body) {
        if (body == null || body.customer() == null) {
            throw ApiException.invalidPayload("Payload should have required property 'customer'");
        }
        CreatePublicationRequest.Campaign campaign = body.campaign();
        return publications.create(project.id(), new PublicationService.Command(body.voucher(),
                campaign == null ? null : campaign.name(),
                campaign == null || campaign.count() == null ? 1 : campaign.count(),
                body.customer(), body.sourceId(), body.metadata(), body.channel(), Boolean.TRUE.equals(joinOnce)))
                .orThrow();
    }

    /** The same through query parameters: {@code customer[source_id]=...&campaign[name]=...}; one voucher at most. */
    @GetMapping("/create")
    @Operation(operationId = "create-publication-1", summary = "Create Publication", parameters = {
            @Parameter(name = "customer[source_id]", in = ParameterIn.QUERY),
            @Parameter(name = "customer[id]", in = ParameterIn.QUERY),
            @Parameter(name = "customer[email]", in = ParameterIn.QUERY),
            @Parameter(name = "voucher", in = ParameterIn.QUERY),
            @Parameter(name = "campaign[name]", in = ParameterIn.QUERY),
            @Parameter(name = "campaign[count]", in = ParameterIn.QUERY, schema = @Schema(type = "integer")),
            @Parameter(name = "source_id", in = ParameterIn.QUERY),
            @Parameter(name = "join_once", in = ParameterIn.QUERY, schema = @Schema(type = "boolean"))})
    PublicationResponse createFromQuery(@Parameter(hidden = true) Project project,
                                        @Parameter(hidden = true) QueryString params) {
        Map<String, Object> customerMetadata = prefixed(params, "customer[metadata]");
        CustomerRef customer = new CustomerRef(params.single("customer[id]"), params.single("customer[source_id]"),
                params.single("customer[name]"), params.single("customer[email]"), params.single("customer[phone]"),
                customerMetadata.isEmpty() ? null : customerMetadata);
        // as in the body: an id, a source_id, or an email naming a known customer (or a new one)
        if (!customer.identified() && (customer.email() == null || customer.email().isBlank())) {
            throw ApiException.invalidQueryParams("Query should have required property 'customer'");
        }
        String campaign = params.single("campaign[name]") != null ? params.single("campaign[name]")
                : params.single("campaign");
        String count = params.single("campaign[count]");
        if (count != null && !count.equals("1")) {
            if (!count.matches("\\d{1,9}")) {
                throw ApiException.invalidQueryParams("Query parameter 'campaign[count]' should be an integer");
            }
            throw PublicationService.tooMany("Only up to 1 can be published");
        }
        String joinOnce = params.single("join_once");
        Map<String, Object> metadata = prefixed(params, "metadata");
        return publications.create(project.id(), new PublicationService.Command(params.single("voucher"), campaign, 1,
                customer, params.single("source_id"), metadata.isEmpty() ? null : metadata,
                params.single("channel"), "true".equalsIgnoreCase(joinOnce))).orThrow();
    }

    @GetMapping
    @Operation(operationId = "list-publications", summary = "List Publications", parameters = {
            @Parameter(name = "limit", in = ParameterIn.QUERY, schema = @Schema(type = "integer")),
            @Parameter(name = "page", in = ParameterIn.QUERY, schema = @Schema(type = "integer")),
            @Parameter(name = "order", in = ParameterIn.QUERY, description = "id, voucher_code, tracking_id, "
                    + "customer_id, created_at, channel; '-' for descending"),
            @Parameter(name = "campaign", in = ParameterIn.QUERY, description = "campaign name"),
            @Parameter(name = "customer", in = ParameterIn.QUERY, description = "customer id"),
            @Parameter(name = "voucher", in = ParameterIn.QUERY, description = "voucher code"),
            @Parameter(name = "result", in = ParameterIn.QUERY, schema = @Schema(allowableValues = {"SUCCESS", "FAILURE"})),
            @Parameter(name = "voucher_type", in = ParameterIn.QUERY, schema = @Schema(allowableValues = {"discount", "loyalty"})),
            @Parameter(name = "is_referral_code", in = ParameterIn.QUERY, schema = @Schema(type = "boolean")),
            @Parameter(name = "source_id", in = ParameterIn.QUERY)})
    ListEnvelope<PublicationListItem> list(@Parameter(hidden = true) Project project,
                                           @Parameter(hidden = true) QueryString query) {
        return publications.list(project.id(), PublicationListQuery.from(query));
    }

    /** {@code metadata[key]=value} pairs; values stay strings, as a query string has no types. */
    private static Map<String, Object> prefixed(QueryString params, String prefix) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : params.names()) {
            if (key.startsWith(prefix + "[") && key.endsWith("]") && params.first(key) != null) {
                values.put(key.substring(prefix.length() + 1, key.length() - 1), params.first(key));
            }
        }
        return values;
    }
}
