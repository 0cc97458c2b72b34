package dev.voucheremulator.template;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CampaignTemplateRepository extends JpaRepository<CampaignTemplate, String>,
        JpaSpecificationExecutor<CampaignTemplate> {

    Optional<CampaignTemplate> findByProjectIdAndId(String projectId, String id);

    boolean existsByProjectIdAndName(String projectId, String name);

    long countByProjectId(String projectId);
}
