package dev.voucheremulator.validationrule;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ValidationRuleRepository extends JpaRepository<ValidationRule, String>,
        JpaSpecificationExecutor<ValidationRule> {

    Optional<ValidationRule> findByProjectIdAndId(String projectId, String id);

    List<ValidationRule> findByProjectIdAndIdIn(String projectId, Collection<String> ids);

    Optional<ValidationRule> findByProjectIdAndName(String projectId, String name);

    boolean existsByProjectIdAndName(String projectId, String name);
}
