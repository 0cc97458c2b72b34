package dev.voucheremulator.emulator;

import dev.voucheremulator.api.auth.ProjectDirectory;
import dev.voucheremulator.api.error.ApiException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fixture directory: one {@code <project>.json} per project (the project is the file's
 * {@code project} property, else its name), loaded at start-up (before the server takes requests) into
 * projects that are still empty,
 * so a restart over a data directory does not load them twice, and on a reset to fixtures.
 */
@Service
class FixtureService implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FixtureService.class);

    private final ControlsProperties properties;
    private final ProjectImporter importer;
    private final ResetService reset;
    private final ProjectDirectory projects;
    private final JsonMapper json;
    private final Map<String, FixtureStatus> statuses = new ConcurrentHashMap<>();

    FixtureService(ControlsProperties properties, ProjectImporter importer, ResetService reset,
                   ProjectDirectory projects, JsonMapper json) {
        this.properties = properties;
        this.importer = importer;
        this.reset = reset;
        this.projects = projects;
        this.json = json;
    }

    record FixtureStatus(String project, String file, String status, String error) {
    }

    private volatile boolean running;

    // Started before the web server (whose lifecycle phases are near Integer.MAX_VALUE), so the first
    // request, and /actuator/health saying UP, come after the fixtures are in.
    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public void start() {
        loadAtStart();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    void loadAtStart() {
        for (Map.Entry<String, Path> fixture : fixtures().entrySet()) {
            projects.ensureExists(fixture.getKey());
            if (reset.isEmpty(fixture.getKey())) {
                load(fixture.getKey(), fixture.getValue());
            } else {
                statuses.put(fixture.getKey(), new FixtureStatus(fixture.getKey(), fixture.getValue().toString(),
                        "skipped", "The project already holds data"));
            }
        }
    }

    List<FixtureStatus> statuses() {
        return List.copyOf(new TreeMap<>(statuses).values());
    }

    /** Loads the project's fixture, if it has one; a broken fixture answers 400 and loads nothing. */
    void loadInto(String projectId) {
        Path file = fixtures().get(projectId);
        if (file != null) {
            FixtureStatus status = load(projectId, file);
            if (!"loaded".equals(status.status())) {
                throw ApiException.badRequest("invalid_fixture", "Invalid fixture", status.error());
            }
        }
    }

    /** Loads every fixture, each into its (already empty) project; the first broken one answers 400. */
    void loadAll() {
        fixtures().forEach((project, file) -> {
            projects.ensureExists(project);
            FixtureStatus status = load(project, file);
            if (!"loaded".equals(status.status())) {
                throw ApiException.badRequest("invalid_fixture", "Invalid fixture", status.error());
            }
        });
    }

    private FixtureStatus load(String projectId, Path file) {
        FixtureStatus status;
        try {
            importer.load(projectId, read(file));
            status = new FixtureStatus(projectId, file.toString(), "loaded", null);
        } catch (ApiException e) {
            status = new FixtureStatus(projectId, file.toString(), "failed", e.details());
            log.warn("Fixture {} not loaded: {}", file, e.details());
        }
        statuses.put(projectId, status);
        return status;
    }

    private ProjectDocument read(Path file) {
        try {
            return json.readValue(Files.readAllBytes(file), ProjectDocument.class);
        } catch (IOException | JacksonException e) {
            throw ApiException.invalidPayload("Cannot read " + file.getFileName() + ": " + e.getMessage());
        }
    }

    private Map<String, Path> fixtures() {
        Path dir = properties.fixturesDir();
        Map<String, Path> found = new TreeMap<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return found;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted()
                    .forEach(f -> found.put(projectOf(f), f));
        } catch (IOException e) {
            log.warn("Cannot list fixture directory {}: {}", dir, e.getMessage());
        }
        return found;
    }

    private String projectOf(Path file) {
        try {
            String named = Optional.ofNullable(json.readTree(Files.readAllBytes(file)).get("project"))
                    .filter(n -> n.isString() && !n.asString().isBlank())
                    .map(n -> n.asString())
                    .orElse(null);
            if (named != null) {
                return named;
            }
        } catch (IOException | JacksonException ignored) {
            // an unreadable file is reported when it is loaded
        }
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }
}
