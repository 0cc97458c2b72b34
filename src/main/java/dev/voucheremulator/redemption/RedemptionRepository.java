package dev.voucheremulator.redemption;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RedemptionRepository extends JpaRepository<Redemption, String>, JpaSpecificationExecutor<Redemption> {

    Optional<Redemption> findByProjectIdAndId(String projectId, String id);

    List<Redemption> findByParentIdOrderBySeqAsc(String parentId);

    /** A voucher's redemptions and rollbacks, newest first. */
    List<Redemption> findByProjectIdAndVoucherIdOrderBySeqDesc(String projectId, String voucherId);

    // Conditional UPDATE: of two concurrent rollbacks of one redemption, exactly one wins.
    @Modifying(flushAutomatically = true)
    @Query("""
            update Redemption r set r.status = :rolledBack, r.rollbackId = :rollbackId, r.rolledBackAt = :at
            where r.id = :id and r.status = :succeeded""")
    int markRolledBack(@Param("id") String id, @Param("rollbackId") String rollbackId, @Param("at") Instant at,
                       @Param("rolledBack") Redemption.Status rolledBack, @Param("succeeded") Redemption.Status succeeded);

    default boolean markRolledBack(String id, String rollbackId, Instant at) {
        return markRolledBack(id, rollbackId, at, Redemption.Status.ROLLED_BACK, Redemption.Status.SUCCEEDED) == 1;
    }
}
