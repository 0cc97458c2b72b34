package dev.voucheremulator.voucher;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.query.ListEnvelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/vouchers")
@Tag(name = "Vouchers")
class VoucherBalanceController {

    private final VoucherBalanceService balances;

    VoucherBalanceController(VoucherBalanceService balances) {
        this.balances = balances;
    }

    @PostMapping("/{code}/balance")
    @Operation(operationId = "update-voucher-balance", summary = "Add or Remove Voucher Balance")
    VoucherBalanceResponse balance(@Parameter(hidden = true) Project project, @PathVariable String code,
                                   @RequestBody(required = false) VoucherBalanceUpdateRequest body) {
        return balances.update(project.id(), code, body);
    }

    @GetMapping("/{code}/transactions")
    @Operation(operationId = "list-voucher-transactions", summary = "List Voucher Transactions")
    ListEnvelope<VoucherTransactionResponse> transactions(
            @Parameter(hidden = true) Project project, @PathVariable String code,
            @RequestParam(required = false) Integer limit,
            @Parameter(schema = @Schema(allowableValues = {"id", "-id"}, defaultValue = "-id"))
            @RequestParam(required = false) String order,
            @RequestParam(name = "starting_after_id", required = false) String startingAfterId) {
        return balances.transactions(project.id(), code, limit, order, startingAfterId);
    }
}
