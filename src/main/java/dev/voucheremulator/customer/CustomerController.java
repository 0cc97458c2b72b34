package dev.voucheremulator.customer;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.query.QueryString;
import dev.voucheremulator.asyncaction.AsyncActionService.Accepted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/v1/customers")
@Tag(name = "Customers")
class CustomerController {

    private static final int MAX_CSV_BYTES = 10 * 1024 * 1024;

    private final CustomerApiService customers;
    private final CustomerActivityService activity;

    CustomerController(CustomerApiService customers, CustomerActivityService activity) {
        this.customers = customers;
        this.activity = activity;
    }

    @PostMapping
    @Operation(operationId = "create-customer", summary = "Create Customer")
    CustomerWithSummary create(@Parameter(hidden = true) Project project, @RequestBody CustomerRequest body) {
        return customers.create(project.id(), body);
    }

    @GetMapping
    @Operation(operationId = "list-customers", summary = "List Customers", parameters = {
            @Parameter(name = "limit", in = ParameterIn.QUERY, schema = @Schema(type = "integer")),
            @Parameter(name = "page", in = ParameterIn.QUERY, schema = @Schema(type = "integer")),
            @Parameter(name = "email", in = ParameterIn.QUERY),
            @Parameter(name = "city", in = ParameterIn.QUERY),
            @Parameter(name = "name", in = ParameterIn.QUERY),
            @Parameter(name = "segment_id", in = ParameterIn.QUERY),
            @Parameter(name = "created_at[before]", in = ParameterIn.QUERY, schema = @Schema(format = "date-time")),
            @Parameter(name = "created_at[after]", in = ParameterIn.QUERY, schema = @Schema(format = "date-time")),
            @Parameter(name = "updated_at[before]", in = ParameterIn.QUERY, schema = @Schema(format = "date-time")),
            @Parameter(name = "updated_at[after]", in = ParameterIn.QUERY, schema = @Schema(format = "date-time")),
            @Parameter(name = "order", in = ParameterIn.QUERY, schema = @Schema(allowableValues = {"created_at",
                    "-created_at", "updated_at", "-updated_at", "source_id", "-source_id"})),
            @Parameter(name = "starting_after", in = ParameterIn.QUERY, schema = @Schema(format = "date-time"))})
    ListEnvelope<CustomerWithSummary> list(@Parameter(hidden = true) Project project,
                                           @Parameter(hidden = true) QueryString query) {
        return customers.list(project.id(), query);
    }

    @GetMapping("/{customerId}")
    @Operation(operationId = "get-customer", summary = "Get Customer (by id or source_id)")
    CustomerWithSummary get(@Parameter(hidden = true) Project project, @PathVariable String customerId) {
        return customers.get(project.id(), customerId);
    }

    @PutMapping("/{customerId}")
    @Operation(operationId = "update-customer", summary = "Update Customer")
    CustomerWithSummary update(@Parameter(hidden = true) Project project, @PathVariable String customerId,
                               @RequestBody CustomerRequest body) {
        return customers.update(project.id(), customerId, body);
    }

    @DeleteMapping("/{customerId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "delete-customer", summary = "Delete Customer")
    void delete(@Parameter(hidden = true) Project project, @PathVariable String customerId) {
        customers.delete(project.id(), customerId);
    }

    @PostMapping("/{customerId}/permanent-deletion")
    @Operation(operationId = "customer-permanently-deletion", summary = "Delete Customer Permanently")
    PermanentDeletionResponse deletePermanently(@Parameter(hidden = true) Project project,
                                                @PathVariable String customerId) {
        return customers.deletePermanently(project.id(), customerId);
    }

    @PostMapping("/bulk/async")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "update-customers-in-bulk", summary = "Update Customers in Bulk")
    Accepted updateInBulk(@Parameter(hidden = true) Project project, @RequestBody List<CustomerRequest> body) {
        return customers.updateInBulk(project.id(), body);
    }

    @PostMapping("/metadata/async")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "update-customers-metadata-in-bulk", summary = "Update Customers' Metadata in Bulk")
    Accepted updateMetadataInBulk(@Parameter(hidden = true) Project project,
                                  @RequestBody MetadataUpdateRequest body) {
        return customers.updateMetadataInBulk(project.id(), body);
    }

    /** Multipart with the CSV in the {@code file} part; parts are parsed here only (resolve-lazily). */
    @PostMapping(path = "/importCSV", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "import-customers-using-csv", summary = "Import and Update Customers using CSV")
    Accepted importCsv(@Parameter(hidden = true) Project project,
                       @RequestPart(name = "file", required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw ApiException.invalidPayload("Payload should have a non-empty 'file' part holding the CSV");
        }
        if (file.getSize() > MAX_CSV_BYTES) {
            throw ApiException.invalidPayload("The CSV file should not be larger than 10 MB");
        }
        return customers.importRows(project.id(), CustomerCsv.parse(text(file)));
    }

    @GetMapping("/{customerId}/activity")
    @Operation(operationId = "list-customer-activity", summary = "List Customer Activity", parameters = {
            @Parameter(name = "limit", in = ParameterIn.QUERY, schema = @Schema(type = "integer")),
            @Parameter(name = "order", in = ParameterIn.QUERY, schema = @Schema(allowableValues = {"created_at",
                    "-created_at"})),
            @Parameter(name = "starting_after_id", in = ParameterIn.QUERY),
            @Parameter(name = "start_date", in = ParameterIn.QUERY, schema = @Schema(format = "date-time")),
            @Parameter(name = "end_date", in = ParameterIn.QUERY, schema = @Schema(format = "date-time")),
            @Parameter(name = "campaign_id", in = ParameterIn.QUERY),
            @Parameter(name = "campaign_type", in = ParameterIn.QUERY),
            @Parameter(name = "category", in = ParameterIn.QUERY, schema = @Schema(allowableValues = {"ACTION",
                    "EFFECT"})),
            @Parameter(name = "type", in = ParameterIn.QUERY)})
    ListEnvelope<ActivityResponse> activity(@Parameter(hidden = true) Project project, @PathVariable String customerId,
                                            @Parameter(hidden = true) QueryString query) {
        return activity.list(project.id(), customerId, query);
    }

    @GetMapping("/{customerId}/segments")
    @Operation(operationId = "list-customer-segments", summary = "List Customer's Segments (none are emulated)")
    ListEnvelope<Object> segments(@Parameter(hidden = true) Project project, @PathVariable String customerId) {
        return customers.segments(project.id(), customerId);
    }

    @GetMapping("/{customerId}/redeemables")
    @Operation(operationId = "list-customer-redeemables", summary = "List Customer's Redeemables", parameters = {
            @Parameter(name = "limit", in = ParameterIn.QUERY, schema = @Schema(type = "integer")),
            @Parameter(name = "order", in = ParameterIn.QUERY, schema = @Schema(allowableValues = {"created_at",
                    "-created_at"})),
            @Parameter(name = "starting_after_id", in = ParameterIn.QUERY),
            @Parameter(name = "filters[campaign_type][conditions][$in]", in = ParameterIn.QUERY,
                    description = "also id, created_at, redeemable_id, redeemable_object, holder_role, campaign_id, "
                            + "voucher_type; filters[junction]: and or or")})
    ListEnvelope<RedeemableResponse> redeemables(@Parameter(hidden = true) Project project,
                                                 @PathVariable String customerId,
                                                 @Parameter(hidden = true) QueryString query) {
        return activity.redeemables(project.id(), customerId, query);
    }

    private static String text(MultipartFile file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file.getBytes())).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.invalidPayload("The CSV file should be UTF-8 text");
        } catch (IOException e) {
            throw ApiException.invalidPayload("The multipart body could not be read");
        }
    }
}
