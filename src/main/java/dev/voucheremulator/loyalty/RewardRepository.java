package dev.voucheremulator.loyalty;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RewardRepository extends JpaRepository<Reward, String> {

    Page<Reward> findByProjectId(String projectId, Pageable pageable);

    Optional<Reward> findByProjectIdAndId(String projectId, String id);

    /** Every one of the project's, oldest first: what an export lists. */
    java.util.List<Reward> findByProjectIdOrderByCreatedAtAscIdAsc(String projectId);
}
