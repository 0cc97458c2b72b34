package dev.voucheremulator.promotion;

import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.category.CategoryResponse;
import dev.voucheremulator.category.CategoryService;
import dev.voucheremulator.validationrule.ValidationRulesAssignmentList;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class PromotionTierService {

    private final PromotionTierRepository repository;
    private final CategoryService categories;
    private final Clock clock;

    PromotionTierService(PromotionTierRepository repository, CategoryService categories, Clock clock) {
        this.repository = repository;
        this.categories = categories;
        this.clock = clock;
    }

    /** Creates the tiers of a new promotion campaign; hierarchy defaults to the position (1-based). */
    @Transactional
    public void create(String projectId, String campaignId, List<NewPromotionTier> tiers) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<PromotionTier> entities = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            NewPromotionTier t = tiers.get(i);
            PromotionTier tier = new PromotionTier(ResourceIds.promotionTier(), projectId, campaignId, t.name(),
                    t.hierarchy() == null ? i + 1 : t.hierarchy(), now.plusMillis(i));
            tier.define(t.banner(), new PromotionTier.Action(t.discount()), t.metadata(),
                    t.active() == null || t.active(), t.categoryId());
            tier.validity(t.startDate(), t.expirationDate(), t.validityTimeframe(), t.validityDayOfWeek(),
                    t.validityHours());
            entities.add(tier);
        }
        repository.saveAll(entities);
    }

    /** The campaign a tier belongs to; empty for an unknown tier. */
    public Optional<String> campaignIdOf(String projectId, String tierId) {
        return repository.findByProjectIdAndId(projectId, tierId).map(PromotionTier::campaignId);
    }

    public List<PromotionTierResponse> list(String projectId, PromotionTierResponse.CampaignRef campaign) {
        List<PromotionTier> tiers = repository.findByCampaignIdOrderByHierarchyAscCreatedAtAsc(campaign.id());
        Map<String, CategoryResponse> byId = categories.byIds(projectId,
                tiers.stream().map(PromotionTier::categoryId).filter(id -> id != null).toList());
        return tiers.stream().map(t -> new PromotionTierResponse(t.id(), t.createdAt(), t.updatedAt(), t.name(),
                        t.banner(), t.action(), t.metadata(), t.hierarchy(), campaign.id(), campaign, campaign.id(),
                        t.active(), t.startDate(), t.expirationDate(), t.validityTimeframe(), t.validityDayOfWeek(),
                        t.validityHours(), PromotionTierResponse.Summary.EMPTY, "promotion_tier",
                        ValidationRulesAssignmentList.EMPTY, t.categoryId(),
                        Optional.ofNullable(byId.get(t.categoryId())).map(List::of).orElse(List.of())))
                .toList();
    }
}
