package dev.voucheremulator.management;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ManagementWebhookRepository extends JpaRepository<ManagementWebhook, String> {

    List<ManagementWebhook> findByProjectIdOrderByCreatedAtAscIdAsc(String projectId);

    Optional<ManagementWebhook> findByProjectIdAndId(String projectId, String id);
}
