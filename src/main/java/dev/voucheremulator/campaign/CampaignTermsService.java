package dev.voucheremulator.campaign;

import dev.voucheremulator.api.cache.ProjectChanges;
import dev.voucheremulator.api.cache.ReadCache;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads a campaign's {@link CampaignTerms}: one statement, for the checks every validation runs. */
@Service
@Transactional(readOnly = true)
public class CampaignTermsService {

    private final CampaignRepository repository;
    private final ReadCache<String, Optional<CampaignTerms>> terms;

    CampaignTermsService(CampaignRepository repository, ProjectChanges changes) {
        this.repository = repository;
        this.terms = changes.readingCache(ProjectChanges.Scope.CATALOG, 10_000);
    }

    /**
     * A live campaign by id (not by name); kept until the project's catalog changes. A cache hit opens
     * no transaction; a miss reads in the caller's, or in one of its own.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<CampaignTerms> find(String projectId, String campaignId) {
        return terms.get(projectId, campaignId, () -> repository.findByProjectIdAndIdAndDeletedAtIsNull(projectId, campaignId)
                .map(CampaignTerms::of));
    }
}
