package dev.voucheremulator.promotion;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.category.CategoryDeleted;
import dev.voucheremulator.category.CategoryResponse;
import dev.voucheremulator.category.CategoryService;
import dev.voucheremulator.promotion.PromotionTierResponse.CampaignRef;
import dev.voucheremulator.validationrule.ValidationRuleService;
import dev.voucheremulator.validationrule.ValidationRulesAssignmentList;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class PromotionTierService {

    private final PromotionTierRepository repository;
    private final CategoryService categories;
    private final ValidationRuleService validationRules;
    private final Clock clock;

    PromotionTierService(PromotionTierRepository repository, CategoryService categories,
                         ValidationRuleService validationRules, Clock clock) {
        this.repository = repository;
        this.categories = categories;
        this.validationRules = validationRules;
        this.clock = clock;
    }

    /**
     * Creates tiers of a promotion campaign and returns their ids in the order given; hierarchy
     * defaults to the position after the campaign's existing tiers (1-based).
     */
    @Transactional
    public List<String> create(String projectId, String campaignId, List<NewPromotionTier> tiers) {
        int existing = repository.findByCampaignIdOrderByHierarchyAscCreatedAtAsc(campaignId).size();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<PromotionTier> entities = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            NewPromotionTier t = tiers.get(i);
            PromotionTier tier = new PromotionTier(ResourceIds.promotionTier(), projectId, campaignId, t.name(),
                    t.hierarchy() == null ? existing + i + 1 : t.hierarchy(), now.plusMillis(i));
            tier.define(t.banner(), new PromotionTier.Action(t.discount()), t.metadata(),
                    t.active() == null || t.active(), t.categoryId());
            tier.validity(t.validity());
            entities.add(tier);
        }
        repository.saveAll(entities);
        return entities.stream().map(PromotionTier::id).toList();
    }

    /** Replaces what a tier grants and when with {@code definition} (a checked update of it). */
    @Transactional
    public void redefine(String projectId, String tierId, NewPromotionTier definition) {
        PromotionTier tier = find(projectId, tierId);
        tier.rename(definition.name());
        tier.define(definition.banner(), new PromotionTier.Action(definition.discount()), definition.metadata(),
                definition.active() == null ? tier.active() : definition.active(), definition.categoryId());
        if (definition.hierarchy() != null) {
            tier.hierarchy(definition.hierarchy());
        }
        tier.validity(definition.validity());
        tier.touched(now());
    }

    /** Enables or disables a tier; true when that changed it. */
    @Transactional
    public boolean enable(String projectId, String tierId, boolean active) {
        PromotionTier tier = find(projectId, tierId);
        if (tier.active() == active) {
            return false;
        }
        tier.activate(active);
        tier.touched(now());
        return true;
    }

    /** Deletes a tier for good, with its validation rule assignments. */
    @Transactional
    public void delete(String projectId, String tierId) {
        PromotionTier tier = find(projectId, tierId);
        validationRules.deleteAssignmentsOf(projectId, List.of(tier.id()));
        repository.delete(tier);
    }

    private PromotionTier find(String projectId, String tierId) {
        return repository.findByProjectIdAndId(projectId, tierId)
                .orElseThrow(() -> ApiException.notFound("promotion_tier", tierId));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A page of tiers and how many there are in all: list-promotion-tiers. */
    public record TierPage(List<PromotionTierResponse> tiers, long total, boolean hasMore) {
    }

    /**
     * A page of the tiers of {@code campaigns} (by id), each with its campaign; with {@code available}
     * only the enabled tiers within their dates at {@code now}.
     */
    public TierPage page(String projectId, Map<String, CampaignRef> campaigns, boolean available, Instant now,
                         Pageable pageable) {
        if (campaigns.isEmpty()) {
            return new TierPage(List.of(), 0, false);
        }
        Page<PromotionTier> found = repository.findPage(projectId, campaigns.keySet(), available, now, pageable);
        List<PromotionTier> tiers = found.getContent();
        Map<String, CategoryResponse> byId = categories.byIds(projectId,
                tiers.stream().map(PromotionTier::categoryId).filter(id -> id != null).toList());
        Map<String, ValidationRulesAssignmentList> rules = validationRules.assignmentsOf(projectId, "promotion_tier",
                tiers.stream().map(PromotionTier::id).toList());
        return new TierPage(tiers.stream().map(t -> response(t, campaigns.get(t.campaignId()), rules.get(t.id()),
                byId.get(t.categoryId()))).toList(), found.getTotalElements(), found.hasNext());
    }

    /** The campaign a tier belongs to, for callers that start from a tier id. */
    public Optional<String> campaignIdOf(String projectId, String tierId) {
        return repository.findByProjectIdAndId(projectId, tierId).map(PromotionTier::campaignId);
    }

    public void requireExists(String projectId, String tierId) {
        if (!repository.existsByProjectIdAndId(projectId, tierId)) {
            throw ApiException.notFound("promotion_tier", tierId);
        }
    }

    /** The tiers stay with their soft-deleted campaign; their validation rule assignments go. */
    @Transactional
    public void campaignDeleted(String projectId, String campaignId) {
        validationRules.deleteAssignmentsOf(projectId, repository.findByCampaignIdOrderByHierarchyAscCreatedAtAsc(
                campaignId).stream().map(PromotionTier::id).toList());
    }

    /** The ids of a project's active tiers, newest first: what a qualification considers. */
    public List<String> activeIds(String projectId, int limit) {
        return repository.findActiveIds(projectId, org.springframework.data.domain.Limit.of(limit));
    }

    public List<PromotionTierResponse> list(String projectId, PromotionTierResponse.CampaignRef campaign) {
        List<PromotionTier> tiers = repository.findByCampaignIdOrderByHierarchyAscCreatedAtAsc(campaign.id());
        Map<String, CategoryResponse> byId = categories.byIds(projectId,
                tiers.stream().map(PromotionTier::categoryId).filter(id -> id != null).toList());
        Map<String, ValidationRulesAssignmentList> rules = validationRules.assignmentsOf(projectId, "promotion_tier",
                tiers.stream().map(PromotionTier::id).toList());
        return tiers.stream().map(t -> response(t, campaign, rules.get(t.id()), byId.get(t.categoryId()))).toList();
    }

    /**
     * One tier as its campaign embeds it; {@code campaignOf} gives the campaign a campaign id names,
     * empty when it is gone (and so is the tier).
     */
    public Optional<PromotionTierResponse> find(String projectId, String tierId,
                                                Function<String, Optional<CampaignRef>> campaignOf) {
        return repository.findByProjectIdAndId(projectId, tierId).flatMap(t -> campaignOf.apply(t.campaignId())
                .map(campaign -> response(t, campaign,
                        validationRules.assignmentsOf(projectId, "promotion_tier", t.id()),
                        t.categoryId() == null ? null
                                : categories.byIds(projectId, List.of(t.categoryId())).get(t.categoryId()))));
    }

    private static PromotionTierResponse response(PromotionTier t, CampaignRef campaign,
                                                  ValidationRulesAssignmentList rules, CategoryResponse category) {
        // recorded: no promotion_id, and no validation_rule_assignments when the tier has none
        return new PromotionTierResponse(t.id(), t.createdAt(), t.updatedAt(), t.name(), t.banner(), t.action(),
                t.metadata(), t.hierarchy(), null, campaign, campaign.id(), t.active(), t.validity(),
                PromotionTierResponse.Summary.EMPTY, "promotion_tier",
                rules == null || rules.total() == 0 ? null : rules, t.categoryId(),
                category == null ? List.of() : List.of(category));
    }

    @EventListener
    @Transactional
    void categoryDeleted(CategoryDeleted event) {
        repository.clearCategory(event.projectId(), event.categoryId());
    }
}
