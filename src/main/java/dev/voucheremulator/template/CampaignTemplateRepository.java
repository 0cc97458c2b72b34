package dev.voucheremulator.template;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignTemplateRepository extends JpaRepository<CampaignTemplate, String> {

    Optional<CampaignTemplate> findByProjectIdAndId(String projectId, String id);

    boolean existsByProjectIdAndName(String projectId, String name);

    List<CampaignTemplate> findByProjectIdOrderByIdAsc(String projectId);

    long countByProjectId(String projectId);
}
