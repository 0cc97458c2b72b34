package dev.voucheremulator.management;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.RepositoryTest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** Every jsonb value of the management tables, saved, flushed, cleared and read back from PostgreSQL. */
@RepositoryTest
class ManagementRepositoryTest {

    static final Instant AT = Instant.parse("2026-11-30T12:00:00.123Z");

    @Autowired
    ManagedProjectRepository projects;

    @Autowired
    ManagementUserRepository users;

    @Autowired
    ManagementResourceRepository resources;

    @Autowired
    ManagementWebhookRepository webhooks;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JsonMapper json;

    @Test
    void storesProjectSettingsAsJsonb() {
        ManagedProject saved = projects.save(project("acc-settings"));
        flushAndClear();

        ManagedProject read = projects.findById(saved.id()).orElseThrow();
        assertThat(read.settings()).isEqualTo(saved.settings());
        assertThat(read.settings().apiUsageNotifications().cycleCalls().value()).isEqualTo(80);
        assertThat(read.settings().defaultCodeConfig().charset()).startsWith("0123456789ABC");
        assertThat(read.appId()).isEqualTo(saved.appId());
        assertThat(projects.findByAppId(saved.appId())).isPresent();
    }

    @Test
    void storesAUsersProjectRolesAsJsonb() {
        ManagementUser user = new ManagementUser("acc-users", "sam@example.com", "Sam", null, false, AT);
        user.assign("proj_b", "VIEWER");
        user.assign("proj_a", "ADMIN");
        users.save(user);
        flushAndClear();

        ManagementUser read = users.findByAccountIdAndLogin("acc-users", "sam@example.com").orElseThrow();
        assertThat(read.projects()).containsExactly(Map.entry("proj_a", "ADMIN"), Map.entry("proj_b", "VIEWER"));
        assertThat(read.owner()).isFalse();
    }

    @Test
    void storesSettingBodiesAndWebhookEventsAsJsonb() {
        ManagedProject project = projects.save(project("acc-resources"));
        var schema = new MetadataSchemaBodies.Schema("order", true, Map.of("region",
                new MetadataSchemaBodies.Definition("string", true, false, null, null, 1, 10, null,
                        List.of("EU", 5), null, null, null, null, null)));
        resources.save(new ManagementResource("ms_1", project.id(), ManagementResource.Kind.METADATA_SCHEMA, "order",
                json.valueToTree(schema), AT));
        webhooks.save(new ManagementWebhook(project.id(), "https://example.com", List.of("voucher.created",
                "redemption.failed"), true, AT));
        flushAndClear();

        ManagementResource read = resources.findByProjectIdAndKindAndId(project.id(),
                ManagementResource.Kind.METADATA_SCHEMA, "ms_1").orElseThrow();
        assertThat(json.treeToValue(read.body(), MetadataSchemaBodies.Schema.class)).isEqualTo(schema);
        assertThat(webhooks.findByProjectIdOrderByCreatedAtAscIdAsc(project.id()).get(0).events())
                .containsExactly("voucher.created", "redemption.failed");
    }

    private static ManagedProject project(String account) {
        var body = new ProjectRequests.CreateProject(true, "Shop", null, "UTC", "EUR", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
        return new ManagedProject(ManagementIds.project(), account, ProjectSettings.of(body), AT);
    }

    private void flushAndClear() {
        entityManager.flush();
        entityManager.clear();
    }
}
