package dev.voucheremulator.validation;

/** {@code RedemptionRewardResult}: the reward a loyalty card pays for, as far as the emulator keeps it. */
public record RewardResult(String id, String name, String object) {

    public static RewardResult of(String id, String name) {
        return id == null ? null : new RewardResult(id, name, "reward");
    }
}
