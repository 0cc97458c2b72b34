package dev.voucheremulator.management;

import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.management.BrandBodies.BrandRequest;
import dev.voucheremulator.management.BrandBodies.BrandResponse;
import dev.voucheremulator.management.BrandBodies.Branding;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Brands of a project, stored and echoed. */
@Service
@Transactional(readOnly = true)
class BrandService {

    private static final ManagementResource.Kind KIND = ManagementResource.Kind.BRAND;

    private final ManagedProjects projects;
    private final ManagementResourceStore store;

    BrandService(ManagedProjects projects, ManagementResourceStore store) {
        this.projects = projects;
        this.store = store;
    }

    @Transactional
    BrandResponse create(String accountId, String projectId, BrandRequest body) {
        ManagedProject project = projects.require(accountId, projectId);
        return BrandResponse.from(store.create(project, KIND, ManagementIds.brand(), null, null,
                Branding.EMPTY.with(body)));
    }

    ListEnvelope<BrandResponse> list(String accountId, String projectId) {
        ManagedProject project = projects.require(accountId, projectId);
        return ListEnvelope.of(store.list(project, KIND, Branding.class).stream().map(BrandResponse::from).toList());
    }

    BrandResponse get(String accountId, String projectId, String brandId) {
        return BrandResponse.from(store.get(projects.require(accountId, projectId), KIND, brandId, Branding.class));
    }

    @Transactional
    BrandResponse update(String accountId, String projectId, String brandId, BrandRequest body) {
        return BrandResponse.from(store.update(projects.require(accountId, projectId), KIND, brandId, Branding.class,
                branding -> branding.with(body)));
    }

    @Transactional
    void delete(String accountId, String projectId, String brandId) {
        store.delete(projects.require(accountId, projectId), KIND, brandId);
    }
}
