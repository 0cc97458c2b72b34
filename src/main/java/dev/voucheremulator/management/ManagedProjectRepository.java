package dev.voucheremulator.management;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ManagedProjectRepository extends JpaRepository<ManagedProject, String> {

    List<ManagedProject> findByAccountIdOrderByCreatedAtAscIdAsc(String accountId);

    Optional<ManagedProject> findByAccountIdAndId(String accountId, String id);

    Optional<ManagedProject> findByAppId(String appId);
}
