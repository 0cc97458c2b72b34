package dev.voucheremulator.customer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CustomerRepository extends JpaRepository<Customer, String> {

    Optional<Customer> findByProjectIdAndId(String projectId, String id);

    List<Customer> findByProjectIdAndIdIn(String projectId, Collection<String> ids);

    Optional<Customer> findByProjectIdAndSourceId(String projectId, String sourceId);

    // Two requests naming a new source_id at once: one insert wins, the other inserts nothing,
    // and both then read the same row.
    @Modifying
    @Query(value = """
            insert into customer (id, project_id, source_id, name, email, phone, metadata, created_at)
            values (:id, :projectId, :sourceId, :name, :email, :phone, cast(:metadata as jsonb), :at)
            on conflict (project_id, source_id) where source_id is not null do nothing""", nativeQuery = true)
    int insertIfAbsent(@Param("id") String id, @Param("projectId") String projectId,
                       @Param("sourceId") String sourceId, @Param("name") String name,
                       @Param("email") String email, @Param("phone") String phone,
                       @Param("metadata") String metadata, @Param("at") Instant at);
}
