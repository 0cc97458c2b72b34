package dev.voucheremulator.api.cache;

import dev.voucheremulator.api.auth.Project;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Which requests change what: every request but a GET, HEAD or OPTIONS may write. A validation or
 * redemption changes the project's data but never its catalog; any other write may change both. A
 * write outside a project (the Management API, a reset of everything) may change every project.
 */
class ChangeTracking {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> DATA_ONLY = Set.of("/v1/validations", "/v1/redemptions", "/v1/qualifications");

    private final ObjectProvider<ProjectChanges> provider;
    // resolved once: a bean lookup on every write costs more than the rest of this class
    private volatile ProjectChanges changes;

    ChangeTracking(ObjectProvider<ProjectChanges> provider) {
        this.provider = provider;
    }

    static boolean writes(HttpServletRequest request) {
        return !READS.contains(request.getMethod());
    }

    /**
     * Whether a cache of {@code scope} may serve and keep values here: outside a transaction, or in one
     * of a request that cannot change what such a cache holds.
     */
    static boolean readsThrough(ProjectChanges.Scope scope) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return true;
        }
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        HttpServletRequest request = attributes.getRequest();
        return !writes(request) || scope == ProjectChanges.Scope.CATALOG && DATA_ONLY.contains(request.getRequestURI());
    }

    /** Counts the change a finished write made; called before its response leaves, and again after. */
    void finished(HttpServletRequest request) {
        if (!writes(request)) {
            return;
        }
        ProjectChanges projectChanges = changes;
        if (projectChanges == null) {
            projectChanges = provider.getIfAvailable();
            if (projectChanges == null) {
                return;
            }
            changes = projectChanges;
        }
        if (request.getAttribute(Project.REQUEST_ATTRIBUTE) instanceof Project project) {
            projectChanges.changed(project.id(), !DATA_ONLY.contains(request.getRequestURI()));
        } else {
            projectChanges.changedEverywhere();
        }
    }
}
