package dev.voucheremulator.management;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ManagementUserRepository extends JpaRepository<ManagementUser, String> {

    List<ManagementUser> findByAccountIdOrderByCreatedAtAscIdAsc(String accountId);

    Optional<ManagementUser> findByAccountIdAndId(String accountId, String id);

    Optional<ManagementUser> findByAccountIdAndLogin(String accountId, String login);

    boolean existsByAccountIdAndOwnerTrue(String accountId);
}
