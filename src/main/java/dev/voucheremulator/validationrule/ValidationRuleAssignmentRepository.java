package dev.voucheremulator.validationrule;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ValidationRuleAssignmentRepository extends JpaRepository<ValidationRuleAssignment, String>,
        JpaSpecificationExecutor<ValidationRuleAssignment> {

    Optional<ValidationRuleAssignment> findByRuleIdAndRelatedObjectId(String ruleId, String relatedObjectId);

    Optional<ValidationRuleAssignment> findByProjectIdAndIdAndRuleId(String projectId, String id, String ruleId);

    List<ValidationRuleAssignment> findByProjectIdAndRelatedObjectTypeAndRelatedObjectIdIn(
            String projectId, String relatedObjectType, Collection<String> relatedObjectIds, Sort sort);

    long countByRuleId(String ruleId);

    /** [rule id, number of assignments] for those of the given rules that have any. */
    @Query("""
            select a.ruleId, count(a) from ValidationRuleAssignment a
            where a.ruleId in :ruleIds group by a.ruleId""")
    List<Object[]> countByRuleIds(@Param("ruleIds") Collection<String> ruleIds);

    @Modifying(flushAutomatically = true)
    @Query("delete from ValidationRuleAssignment a where a.ruleId = :ruleId")
    int deleteAllOfRule(@Param("ruleId") String ruleId);

    @Modifying(flushAutomatically = true)
    @Query("""
            delete from ValidationRuleAssignment a
            where a.projectId = :projectId and a.relatedObjectId in :relatedObjectIds""")
    int deleteAllOf(@Param("projectId") String projectId,
                    @Param("relatedObjectIds") Collection<String> relatedObjectIds);
}
