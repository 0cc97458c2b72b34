package dev.voucheremulator.management;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ManagementResourceRepository extends JpaRepository<ManagementResource, String> {

    List<ManagementResource> findByProjectIdAndKindOrderByCreatedAtAscIdAsc(String projectId,
                                                                           ManagementResource.Kind kind);

    Optional<ManagementResource> findByProjectIdAndKindAndId(String projectId, ManagementResource.Kind kind,
                                                             String id);

    boolean existsByProjectIdAndKindAndName(String projectId, ManagementResource.Kind kind, String name);
}
