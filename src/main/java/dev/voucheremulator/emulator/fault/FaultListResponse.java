package dev.voucheremulator.emulator.fault;

import java.util.List;

record FaultListResponse(String object, String dataRef, List<FaultRuleResponse> faults, int total) {

    static FaultListResponse of(List<FaultRuleResponse> faults) {
        return new FaultListResponse("list", "faults", faults, faults.size());
    }
}
