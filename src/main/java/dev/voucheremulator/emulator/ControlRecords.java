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

    record SnapshotResponse(String name, String project, int customers, int campaigns, int vouchers, String object) {
        static SnapshotResponse of(String name, String project, ProjectDocument document) {
            return new SnapshotResponse(name, project, document.customersOrEmpty().size(),
                    document.campaignsOrEmpty().size(), document.vouchersOrEmpty().size(), "snapshot");
        }
    }

    record SnapshotList(String object, String dataRef, List<String> snapshots, int total) {
    }

    record ImportResponse(String project, String mode, int customers, int campaigns, int vouchers, String object) {
    }
}
