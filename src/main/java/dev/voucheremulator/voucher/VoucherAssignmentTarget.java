package dev.voucheremulator.voucher;

import dev.voucheremulator.validationrule.AssignmentTarget;
import org.springframework.stereotype.Component;

/** Vouchers named by a validation rule assignment: by id or code. */
@Component
class VoucherAssignmentTarget implements AssignmentTarget {

    private final VoucherService vouchers;

    VoucherAssignmentTarget(VoucherService vouchers) {
        this.vouchers = vouchers;
    }

    @Override
    public String relatedObjectType() {
        return "voucher";
    }

    @Override
    public String resolveId(String projectId, String idOrCode) {
        return vouchers.get(projectId, idOrCode).id();
    }
}
