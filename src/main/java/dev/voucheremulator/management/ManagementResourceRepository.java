package dev.voucheremulator.management;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ManagementResourceRepository extends JpaRepository<ManagementResource, String> {

    List<ManagementResource> findByProjectIdAndKindOrderByCreatedAtAscIdAsc(String projectId,
                                                                           ManagementResource.Kind kind);

    Optional<ManagementResource> findByProjectIdAndKindAndId(String projectId, ManagementResource.Kind kind,
                                                             String id);

    boolean existsByProjectIdAndKindAndName(String projectId, ManagementResource.Kind kind, String name);

    /** A setting of a /v1 project, as validations, redemptions and schema checks read it. */
    interface SettingRow {
        String getKind();

        String getBody();
    }

    /** The settings the /v1 requests of the Management API project with app id {@code appId} obey, oldest first. */
    @Query(value = """
            select r.kind as kind, cast(r.body as text) as body from management_resource r
            join management_project p on p.id = r.project_id
            where p.app_id = :appId and r.kind in ('STACKING_RULES', 'METADATA_SCHEMA', 'CUSTOM_EVENT_SCHEMA')
            order by r.created_at, r.id""", nativeQuery = true)
    List<SettingRow> settingsOfApp(String appId);
}
