package dev.voucheremulator.asyncaction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AsyncActionRepository extends JpaRepository<AsyncAction, String> {

    Optional<AsyncAction> findByProjectIdAndId(String projectId, String id);

    List<AsyncAction> findByProjectIdOrderByCreatedAtDescSeqDesc(String projectId, Pageable page);

    List<AsyncAction> findByProjectIdAndCreatedAtBeforeOrderByCreatedAtDescSeqDesc(String projectId, Instant before,
                                                                                  Pageable page);
}
