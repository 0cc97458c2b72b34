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

    /** The stacking rules body of the Management API project whose app id is {@code appId}, if it has rules. */
    @Query(value = """
            select cast(r.body as text) from management_resource r
            join management_project p on p.id = r.project_id
            where p.app_id = :appId and r.kind = 'STACKING_RULES'
            order by r.created_at limit 1""", nativeQuery = true)
    Optional<String> stackingRulesOfApp(String appId);
}
