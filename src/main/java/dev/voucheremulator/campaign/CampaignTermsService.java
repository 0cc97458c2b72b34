package dev.voucheremulator.campaign;

import dev.voucheremulator.api.cache.ProjectChanges;
import dev.voucheremulator.api.cache.ReadCache;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads a campaign's {@link CampaignTerms}: one statement, for the checks every validation runs. */
@Service
@Transactional(readOnly = true)
public class CampaignTermsService {

    private final CampaignRepository repository;
    private final ReadCache<String, Optional<CampaignTerms>> terms;
    private final TransactionTemplate reading;

    CampaignTermsService(CampaignRepository repository, ProjectChanges changes,
                         PlatformTransactionManager transactions) {
        this.repository = repository;
        this.terms = changes.cache(ProjectChanges.Scope.CATALOG, 10_000);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /**
     * A live campaign by id (not by name); kept until the project's catalog changes. A cache hit opens
     * no transaction; a miss reads in the caller's, or in one of its own.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<CampaignTerms> find(String projectId, String campaignId) {
        return terms.get(projectId, campaignId, () -> reading.execute(s ->
                repository.findByProjectIdAndIdAndDeletedAtIsNull(projectId, campaignId).map(CampaignTerms::of)));
    }
}
