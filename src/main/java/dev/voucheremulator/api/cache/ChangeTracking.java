package dev.voucheremulator.api.cache;

import dev.voucheremulator.api.auth.Project;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Which requests change what: every request but a GET, HEAD or OPTIONS may write. A validation or a
 * qualification only records events (what {@link ProjectChanges.Scope#ANY} covers); a redemption changes
 * the project's state but never its catalog; any other write may change everything. A write outside a
 * project (the Management API, a reset of everything) may change every project.
 */
class ChangeTracking {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> EVENTS_ONLY = Set.of("/v1/validations", "/v1/qualifications");
    private static final String REDEMPTIONS = "/v1/redemptions";

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
        return !writes(request) || reach(request).compareTo(scope) > 0;
    }

    // The narrowest scope a write moves: every scope from CATALOG up to it moves too.
    private static ProjectChanges.Scope reach(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (EVENTS_ONLY.contains(path)) {
            return ProjectChanges.Scope.ANY;
        }
        return REDEMPTIONS.equals(path) ? ProjectChanges.Scope.STATE : ProjectChanges.Scope.CATALOG;
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
            if (ProjectChanges.countersOnly(request)) {
                projectChanges.countersChanged(project.id());
            } else {
                projectChanges.changed(project.id(), reach(request));
            }
        } else {
            projectChanges.changedEverywhere();
        }
    }
}
