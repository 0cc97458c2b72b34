package dev.voucheremulator.project;

import dev.voucheremulator.api.auth.ProjectDirectory;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Projects (one per X-App-Id) come into being on first use. */
@Service
public class ProjectService implements ProjectDirectory {

    private final JdbcClient jdbc;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

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
}
