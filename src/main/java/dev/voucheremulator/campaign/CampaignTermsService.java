package dev.voucheremulator.campaign;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a campaign's {@link CampaignTerms}: one statement, for the checks every validation runs. */
@Service
@Transactional(readOnly = true)
public class CampaignTermsService {

    private final CampaignRepository repository;

    CampaignTermsService(CampaignRepository repository) {
        this.repository = repository;
    }

    /** A live campaign by id (not by name). */
    public Optional<CampaignTerms> find(String projectId, String campaignId) {
        return repository.findByProjectIdAndIdAndDeletedAtIsNull(projectId, campaignId).map(CampaignTerms::of);
    }
}
