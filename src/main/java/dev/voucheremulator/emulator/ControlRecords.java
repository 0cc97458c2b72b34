package dev.voucheremulator.emulator;

import java.util.List;

/** Bodies of the /_emulator controls. */
final class ControlRecords {

    private ControlRecords() {
    }

    record HealthResponse(String status, List<FixtureService.FixtureStatus> fixtures, String object) {
    }

    record SeedRequest(Long seed) {
    }

    record SeedResponse(String project, Long seed, String object) {
    }

    record SnapshotRequest(String name) {
    }

    record SnapshotResponse(String name, String project, int customers, int campaigns, int vouchers, int products,
                            int validationRules, int rewards, int rewardAssignments, int earningRules, int orders,
                            String object) {
        static SnapshotResponse of(String name, String project, ProjectDocument d) {
            return new SnapshotResponse(name, project, count(d, "customers"), count(d, "campaigns"),
                    count(d, "vouchers"), count(d, "products"), count(d, "validation_rules"), count(d, "rewards"),
                    count(d, "reward_assignments"), count(d, "earning_rules"), count(d, "orders"), "snapshot");
        }
    }

    record SnapshotList(String object, String dataRef, List<String> snapshots, int total) {
    }

    record ImportResponse(String project, String mode, int customers, int campaigns, int vouchers, int products,
                          int validationRules, int rewards, int rewardAssignments, int earningRules, int orders,
                          String object) {
        static ImportResponse of(String project, String mode, ProjectDocument d) {
            return new ImportResponse(project, mode, count(d, "customers"), count(d, "campaigns"),
                    count(d, "vouchers"), count(d, "products"), count(d, "validation_rules"), count(d, "rewards"),
                    count(d, "reward_assignments"), count(d, "earning_rules"), count(d, "orders"), "emulator_import");
        }
    }

    private static int count(ProjectDocument document, String section) {
        return document.section(section).size();
    }
}
