package dev.voucheremulator.project;

import dev.voucheremulator.api.auth.ProjectDirectory;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Projects (one per X-App-Id) come into being on first use. Projects created through the Management API
 * also carry the app token issued with their app id; authentication asks for it on every request, so
 * issued keys are kept in memory too, loaded once and updated after each commit.
 */
@Service
public class ProjectService implements ProjectDirectory {

    private final JdbcClient jdbc;
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private volatile Map<String, IssuedKey> issued;

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
        return Optional.ofNullable(issued().get(appId));
    }

    /** Creates the project of a new app id, reachable only with this token from then on. */
    public void issueKey(String appId, String appToken) {
        jdbc.sql("insert into project (id, created_at, app_token) values (?, now(), ?) "
                        + "on conflict (id) do update set app_token = excluded.app_token, deleted_at = null")
                .param(appId).param(appToken)
                .update();
        afterCommit(() -> {
            issued().put(appId, new IssuedKey(appToken, true));
            known.add(appId);
        });
    }

    /** The project's keys stop working; its data stays, unreachable. */
    public void revokeKey(String appId) {
        jdbc.sql("update project set deleted_at = now() where id = ? and app_token is not null").param(appId).update();
        afterCommit(() -> issued().computeIfPresent(appId, (id, key) -> new IssuedKey(key.appToken(), false)));
    }

    private Map<String, IssuedKey> issued() {
        Map<String, IssuedKey> keys = issued;
        if (keys == null) {
            synchronized (this) {
                if (issued == null) {
                    Map<String, IssuedKey> loaded = new ConcurrentHashMap<>();
                    jdbc.sql("select id, app_token, deleted_at is null as active from project where app_token is not null")
                            .query((rs, n) -> loaded.put(rs.getString("id"),
                                    new IssuedKey(rs.getString("app_token"), rs.getBoolean("active"))))
                            .list();
                    issued = loaded;
                }
                keys = issued;
            }
        }
        return keys;
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
