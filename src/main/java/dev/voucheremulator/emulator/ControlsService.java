package dev.voucheremulator.emulator;

import dev.voucheremulator.emulator.ControlRecords.ImportResponse;
import dev.voucheremulator.emulator.ControlRecords.SnapshotResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reset, import and snapshot restore as single transactions: a rejected load leaves the project as it was. */
@Service
class ControlsService {

    private final ResetService reset;
    private final FixtureService fixtures;
    private final ProjectImporter importer;
    private final ProjectExporter exporter;
    private final SnapshotStore snapshots;

    ControlsService(ResetService reset, FixtureService fixtures, ProjectImporter importer, ProjectExporter exporter,
                    SnapshotStore snapshots) {
        this.reset = reset;
        this.fixtures = fixtures;
        this.importer = importer;
        this.exporter = exporter;
        this.snapshots = snapshots;
    }

    @Transactional
    void resetAll(boolean toFixtures) {
        reset.resetAll();
        if (toFixtures) {
            fixtures.loadAll();
        }
    }

    @Transactional
    void resetProject(String projectId, boolean toFixtures) {
        reset.resetProject(projectId);
        if (toFixtures) {
            fixtures.loadInto(projectId);
        }
    }

    ProjectDocument export(String projectId) {
        return exporter.export(projectId);
    }

    @Transactional
    ImportResponse importInto(String projectId, ProjectDocument document, boolean replace) {
        if (replace) {
            reset.resetProject(projectId);
        }
        importer.load(projectId, document);
        return ImportResponse.of(projectId, replace ? "replace" : "merge", document);
    }

    SnapshotResponse save(String projectId, String name) {
        ProjectDocument document = exporter.export(projectId);
        snapshots.save(projectId, name, document);
        return SnapshotResponse.of(name, projectId, document);
    }

    @Transactional
    SnapshotResponse restore(String projectId, String name) {
        ProjectDocument document = snapshots.load(projectId, name);
        reset.resetProject(projectId);
        importer.load(projectId, document);
        return SnapshotResponse.of(name, projectId, document);
    }
}
