package dev.voucheremulator.project;

import dev.voucheremulator.api.auth.ProjectDirectory;
import dev.voucheremulator.api.db.AfterCommit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Projects (one per X-App-Id) come into being on first use. Projects created through the Management API
 * also carry the app token issued with their app id; authentication asks for it on every request, so
 * each app id's key (or its lack of one) is read once per instance and kept, and updated after each
 * commit here. A project deleted through another instance on the same database keeps its keys working on
 * this one until it restarts.
 */
@Service
public class ProjectService implements ProjectDirectory {

    private final JdbcClient jdbc;
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final Map<String, IssuedKey> issued = new ConcurrentHashMap<>();
    private final Set<String> withoutKey = ConcurrentHashMap.newKeySet();

    ProjectService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void ensureExists(String projectId) {
        if (known.contains(projectId)) {
            return;
        }
        jdbc.sql("insert into project (id, created_at) values (?, now()) on conflict (id) do nothing")
                .param(projectId)
                .update();
        known.add(projectId);
    }

    @Override
    public Optional<IssuedKey> issuedKey(String appId) {
        IssuedKey key = issued.get(appId);
        if (key != null) {
            return Optional.of(key);
        }
        if (withoutKey.contains(appId)) {
            return Optional.empty();
        }
        // First sight of this app id on this instance: another instance may have issued its key.
        Optional<IssuedKey> stored = jdbc.sql("select app_token, deleted_at is null as active from project "
                        + "where id = ? and app_token is not null")
                .param(appId)
                .query((rs, n) -> new IssuedKey(rs.getString("app_token"), rs.getBoolean("active")))
                .optional();
        stored.ifPresentOrElse(k -> issued.put(appId, k), () -> withoutKey.add(appId));
        return stored;
    }

    /** Creates the project of a new app id, reachable only with this token from then on. */
    public void issueKey(String appId, String appToken) {
        jdbc.sql("insert into project (id, created_at, app_token) values (?, now(), ?) "
                        + "on conflict (id) do update set app_token = excluded.app_token, deleted_at = null")
                .param(appId).param(appToken)
                .update();
        AfterCommit.run(() -> {
            issued.put(appId, new IssuedKey(appToken, true));
            withoutKey.remove(appId);
            known.add(appId);
        });
    }

    /** The project's keys stop working; its data stays, unreachable. */
    public void revokeKey(String appId) {
        jdbc.sql("update project set deleted_at = now() where id = ? and app_token is not null").param(appId).update();
        AfterCommit.run(() -> issued.computeIfPresent(appId, (id, key) -> new IssuedKey(key.appToken(), false)));
    }
}
