package dev.voucheremulator.order;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.query.QueryString;
import dev.voucheremulator.asyncaction.AsyncActionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/orders")
@Tag(name = "Orders")
class OrderController {

    private final OrderService orders;

    OrderController(OrderService orders) {
        this.orders = orders;
    }

    @PostMapping
    @Operation(operationId = "create-order", summary = "Create Order")
    OrderResponse create(@Parameter(hidden = true) Project project, @RequestBody OrderRequestBody body) {
        return orders.create(project.id(), body);
    }

    @GetMapping("/{orderId}")
    @Operation(operationId = "get-order", summary = "Get Order")
    OrderResponse get(@Parameter(hidden = true) Project project, @PathVariable String orderId) {
        return orders.get(project.id(), orderId);
    }

    @PutMapping("/{orderId}")
    @Operation(operationId = "update-order", summary = "Update Order")
    OrderResponse update(@Parameter(hidden = true) Project project, @PathVariable String orderId,
                         @RequestBody OrderRequestBody body) {
        return orders.update(project.id(), orderId, body);
    }

    // The query string as sent; the parameters are declared for Swagger UI, OrderListQuery checks them.
    @GetMapping
    @Operation(operationId = "list-orders", summary = "List Orders", parameters = {
            @Parameter(name = "limit", in = ParameterIn.QUERY, description = "1..100, default 10",
                    schema = @Schema(type = "integer")),
            @Parameter(name = "page", in = ParameterIn.QUERY, description = "1..100, default 1",
                    schema = @Schema(type = "integer")),
            @Parameter(name = "order", in = ParameterIn.QUERY, schema = @Schema(allowableValues = {"created_at",
                    "-created_at", "updated_at", "-updated_at"}, defaultValue = "-created_at"))})
    ListEnvelope<OrderResponse> list(@Parameter(hidden = true) Project project,
                                     @Parameter(hidden = true) QueryString query) {
        return orders.list(project.id(), OrderListQuery.from(query));
    }

    // The spec documents 200 here (not the 202 of the other imports): the contract gate holds us to it.
    @PostMapping("/import")
    @Operation(operationId = "import-orders", summary = "Import Orders")
    AsyncActionService.Accepted importAll(@Parameter(hidden = true) Project project,
                                          @RequestBody List<OrderRequestBody> body) {
        return orders.importAll(project.id(), body);
    }
}
