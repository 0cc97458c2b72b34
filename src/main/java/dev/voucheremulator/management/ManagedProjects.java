package dev.voucheremulator.management;

import dev.voucheremulator.api.error.ApiException;
import org.springframework.stereotype.Component;

/** Finds a project of the calling account: another account's project is as unknown as a missing one. */
@Component
class ManagedProjects {

    private final ManagedProjectRepository repository;

    ManagedProjects(ManagedProjectRepository repository) {
        this.repository = repository;
    }

    ManagedProject require(String accountId, String projectId) {
        return repository.findByAccountIdAndId(accountId, projectId)
                .orElseThrow(() -> ApiException.notFound("project", projectId));
    }
}
