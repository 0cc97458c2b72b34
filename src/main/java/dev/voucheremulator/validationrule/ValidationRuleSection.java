package dev.voucheremulator.validationrule;

import dev.voucheremulator.api.fixture.ProjectSection;
import dev.voucheremulator.api.fixture.SectionEntries;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code validation_rules} of an export: POST /v1/validation-rules bodies. Their assignments travel
 * with what they are assigned to (a campaign's or voucher's {@code validation_rules}).
 */
@Component
class ValidationRuleSection implements ProjectSection {

    private static final Set<String> RULE = Set.of("id", "name", "rules", "bundle_rules", "error", "applicable_to",
            "type", "context_type");

    private final ValidationRuleRepository rules;
    private final ValidationRuleService service;
    private final SectionEntries entries;

    ValidationRuleSection(ValidationRuleRepository rules, ValidationRuleService service, SectionEntries entries) {
        this.rules = rules;
        this.service = service;
        this.entries = entries;
    }

    @Override
    public String name() {
        return "validation_rules";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> export(String projectId) {
        ValidationRuleListQuery all = new ValidationRuleListQuery(null, null, null, null);
        return rules.findAll(all.specification(projectId), Sort.by("createdAt", "seq")).stream()
                .map(rule -> entries.map(entries.keep(ValidationRuleResponse.from(rule, 0), RULE)))
                .toList();
    }

    @Override
    @Transactional
    public Map<String, String> load(String projectId, Map<String, Object> entry) {
        ValidationRuleResponse created = service.create(projectId,
                entries.read(SectionEntries.withoutId(entry), ValidationRuleRequest.class));
        return SectionEntries.mapped(SectionEntries.idOf(entry), created.id());
    }
}
