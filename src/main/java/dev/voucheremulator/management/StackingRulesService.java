package dev.voucheremulator.management;

import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.management.StackingRulesBodies.Rules;
import dev.voucheremulator.management.StackingRulesBodies.StackingRulesRequest;
import dev.voucheremulator.management.StackingRulesBodies.StackingRulesResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's stacking rules: created once (a second create is a 409, as the API reference says; update
 * them instead), stored and echoed. Validations do not apply them yet.
 */
@Service
@Transactional(readOnly = true)
class StackingRulesService {

    private static final ManagementResource.Kind KIND = ManagementResource.Kind.STACKING_RULES;

    private final ManagedProjects projects;
    private final ManagementResourceStore store;

    StackingRulesService(ManagedProjects projects, ManagementResourceStore store) {
        this.projects = projects;
        this.store = store;
    }

    @Transactional
    StackingRulesResponse create(String accountId, String projectId, StackingRulesRequest body) {
        ManagedProject project = projects.require(accountId, projectId);
        return StackingRulesResponse.from(store.create(project, KIND, ManagementIds.stackingRules(), project.id(),
                "project", Rules.DEFAULTS.with(body)));
    }

    ListEnvelope<StackingRulesResponse> list(String accountId, String projectId) {
        ManagedProject project = projects.require(accountId, projectId);
        return ListEnvelope.of(store.list(project, KIND, Rules.class).stream().map(StackingRulesResponse::from)
                .toList());
    }

    StackingRulesResponse get(String accountId, String projectId, String rulesId) {
        return StackingRulesResponse.from(store.get(projects.require(accountId, projectId), KIND, rulesId,
                Rules.class));
    }

    @Transactional
    StackingRulesResponse update(String accountId, String projectId, String rulesId, StackingRulesRequest body) {
        return StackingRulesResponse.from(store.update(projects.require(accountId, projectId), KIND, rulesId,
                Rules.class, rules -> rules.with(body)));
    }

    @Transactional
    void delete(String accountId, String projectId, String rulesId) {
        store.delete(projects.require(accountId, projectId), KIND, rulesId);
    }
}
