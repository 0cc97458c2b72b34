package dev.voucheremulator.emulator;

import dev.voucheremulator.api.error.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Named snapshots: one {@link ProjectDocument} file per project and name, written atomically. */
@Service
class SnapshotStore {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

    private final ControlsProperties properties;
    private final JsonMapper json;

    SnapshotStore(ControlsProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
    }

    void save(String projectId, String name, ProjectDocument document) {
        try {
            AtomicFiles.write(file(projectId, name), json.writeValueAsBytes(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ProjectDocument load(String projectId, String name) {
        try {
            return json.readValue(Files.readAllBytes(file(projectId, name)), ProjectDocument.class);
        } catch (NoSuchFileException e) {
            throw ApiException.notFound("snapshot", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> names(String projectId) {
        Path dir = directory(projectId);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".json") && !f.startsWith("."))
                    .map(f -> f.substring(0, f.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String projectId, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw ApiException.invalidPayload(
                    "name should be 1 to 100 letters, digits, '_', '.' or '-', starting with a letter or digit");
        }
        return directory(projectId).resolve(name + ".json");
    }

    // Any X-App-Id is a project; encoded so it is one safe path segment.
    private Path directory(String projectId) {
        String segment = URLEncoder.encode(projectId, StandardCharsets.UTF_8).replace("*", "%2A").replace(".", "%2E");
        if (segment.length() > 120) {
            segment = "sha256-" + HexFormat.of().formatHex(sha256(projectId));
        }
        return properties.snapshotsDir().resolve(segment);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
