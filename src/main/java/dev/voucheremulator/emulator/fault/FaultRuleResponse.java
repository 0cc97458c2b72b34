package dev.voucheremulator.emulator.fault;

/** A project's fault rule with how many calls matched it and how many it changed. */
record FaultRuleResponse(String id, String object, FaultRule.Match match, FaultRule.Error error,
                         FaultRule.Delay delay, String fault, long matched, long fired) {
}
