package dev.voucheremulator.voucher;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.category.CategoryDeleted;
import dev.voucheremulator.category.CategoryResponse;
import dev.voucheremulator.category.CategoryService;
import dev.voucheremulator.spec.CodeConfig;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.RedemptionLimit;
import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.spec.VoucherType;
import dev.voucheremulator.validationrule.ValidationRuleService;
import dev.voucheremulator.validationrule.ValidationRulesAssignmentList;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class VoucherService {

    // Vouchers are flushed and detached in chunks so a 100k generation does not keep 100k managed entities.
    private static final int PERSIST_CHUNK = 1_000;
    private static final int LOOKUP_CHUNK = 10_000;
    // Rounds of "draw, drop codes that already exist, draw again" before the space counts as exhausted.
    private static final int MAX_ROUNDS = 25;

    private final VoucherRepository repository;
    private final CategoryService categories;
    private final ValidationRuleService validationRules;
    private final EntityManager entityManager;
    private final Clock clock;

    VoucherService(VoucherRepository repository, CategoryService categories, ValidationRuleService validationRules,
                   EntityManager entityManager, Clock clock) {
        this.repository = repository;
        this.categories = categories;
        this.validationRules = validationRules;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Issues {@code count} campaign vouchers with fresh codes from the code config (the request's wins
     * over the template's). An {@code overrides.code} adds that one code instead, see {@link #addWithCode}.
     */
    @Transactional
    public List<VoucherResponse> generate(String projectId, VoucherTemplate template, int count,
                                          AddVoucherRequest overrides) {
        if (overrides != null && hasText(overrides.code())) {
            if (count != 1) {
                throw ApiException.invalidPayload("Property 'code' can only be set when adding a single voucher");
            }
            return List.of(addWithCode(projectId, template, overrides.code(), overrides));
        }
        if (count <= 0) {
            return List.of();
        }
        Stamp stamp = stamp(projectId, template, overrides);
        Instant now = now();
        List<Voucher> vouchers = freshCodes(projectId, stamp.codeConfig(), count).stream()
                .map(code -> stamp.onto(new Voucher(ResourceIds.voucher(), projectId, code, template.type(), now)))
                .toList();
        persist(vouchers);
        ValidationRulesAssignmentList rules = inheritedRules(projectId, template.campaignId());
        return vouchers.stream().map(v -> VoucherResponse.from(v, stamp.category(), rules)).toList();
    }

    /** Issues one campaign voucher with the given code; 409 when the project already has it. */
    @Transactional
    public VoucherResponse addWithCode(String projectId, VoucherTemplate template, String code,
                                       AddVoucherRequest overrides) {
        requireCode(code);
        Stamp stamp = stamp(projectId, template, overrides);
        ensureFree(projectId, code);
        Voucher voucher = stamp.onto(new Voucher(ResourceIds.voucher(), projectId, code, template.type(), now()));
        persist(List.of(voucher));
        return VoucherResponse.from(voucher, stamp.category(), inheritedRules(projectId, template.campaignId()));
    }

    /**
     * A standalone voucher (no campaign) for POST /v1/vouchers[/{code}]. {@code code} from the path
     * wins over the body's; without either a code is generated from {@code code_config}.
     */
    @Transactional
    public VoucherResponse create(String projectId, String code, CreateVoucherRequest body) {
        if (body == null) {
            throw ApiException.invalidPayload("The request body should be a JSON object");
        }
        VoucherType type = typeOf(body);
        String problem = Validity.problem(body.startDate(), body.expirationDate(), body.validityTimeframe(),
                body.validityDayOfWeek(), body.validityHours(), null);
        if (problem == null) {
            problem = quantityProblem(body.redemption());
        }
        String wanted = hasText(code) ? code : hasText(body.code()) ? body.code() : null;
        if (problem == null && wanted == null && body.codeConfig() != null) {
            problem = body.codeConfig().problem();
        }
        if (problem != null) {
            throw ApiException.invalidPayload(problem);
        }
        List<String> ruleIds = body.validationRules() == null ? List.of()
                : body.validationRules().stream().distinct().toList();
        ruleIds.forEach(id -> validationRules.get(projectId, id));
        if (wanted != null) {
            ensureFree(projectId, wanted);
        } else {
            wanted = freshCodes(projectId, body.codeConfig(), 1).get(0);
        }
        CategoryResponse category = categories.resolve(projectId, body.categoryId(), body.category()).orElse(null);

        Voucher voucher = new Voucher(ResourceIds.voucher(), projectId, wanted, type, now());
        switch (type) {
            case DISCOUNT_VOUCHER -> voucher.discount(body.discount().withDefaults());
            case GIFT_VOUCHER -> voucher.gift(body.gift().issued());
            case LOYALTY_CARD -> throw new IllegalStateException("rejected by typeOf");
        }
        voucher.category(category == null ? null : category.id());
        voucher.validity(body.startDate(), body.expirationDate(), body.validityTimeframe(), body.validityDayOfWeek(),
                body.validityHours());
        voucher.activate(body.active() == null || body.active());
        voucher.additionalInfo(body.additionalInfo());
        voucher.metadata(body.metadata());
        voucher.redemptionQuantity(body.redemption() == null ? null : body.redemption().quantity());
        persist(List.of(voucher));
        ruleIds.forEach(id -> validationRules.assign(projectId, id, "voucher", voucher.id()));
        return VoucherResponse.from(voucher, category, rulesOf(projectId, voucher));
    }

    /** By code, or by {@code v_} id when no voucher has that code. */
    public Optional<VoucherResponse> find(String projectId, String codeOrId) {
        return live(projectId, codeOrId).map(v -> VoucherResponse.from(v, category(projectId, v.categoryId()),
                rulesOf(projectId, v)));
    }

    /** By {@code v_} id, deleted vouchers included: what a publication or redemption refers to. */
    public Map<String, VoucherResponse> byIds(String projectId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Voucher> found = repository.findByProjectIdAndIdIn(projectId, ids);
        Map<String, CategoryResponse> categoryById = categories.byIds(projectId, found.stream()
                .map(Voucher::categoryId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return found.stream().collect(Collectors.toMap(Voucher::id,
                v -> VoucherResponse.from(v, v.categoryId() == null ? null : categoryById.get(v.categoryId()),
                        rulesOf(projectId, v))));
    }

    public VoucherResponse get(String projectId, String codeOrId) {
        return find(projectId, codeOrId).orElseThrow(() -> ApiException.notFound("voucher", codeOrId));
    }

    public ListEnvelope<VoucherResponse> list(String projectId, VoucherListQuery query) {
        Page<Voucher> page = repository.findAll(query.specification(projectId), query.pageable());
        Set<String> categoryIds = page.stream().map(Voucher::categoryId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, CategoryResponse> byId = categories.byIds(projectId, categoryIds);
        Map<String, ValidationRulesAssignmentList> own = validationRules.assignmentsOf(projectId, "voucher",
                page.map(Voucher::id).getContent());
        Map<String, ValidationRulesAssignmentList> inherited = validationRules.assignmentsOf(projectId, "campaign",
                page.stream().map(Voucher::campaignId).filter(Objects::nonNull).collect(Collectors.toSet()));
        List<VoucherResponse> vouchers = page.stream()
                .map(v -> VoucherResponse.from(v, v.categoryId() == null ? null : byId.get(v.categoryId()),
                        own.get(v.id()).plus(v.campaignId() == null ? null : inherited.get(v.campaignId()))))
                .toList();
        return ListEnvelope.of("vouchers", vouchers, page.getTotalElements());
    }

    /**
     * Takes one use of a voucher and {@code giftCredits} of its gift card balance, if both are left.
     * One conditional UPDATE decides it, so concurrent redemptions never share the last use. Returns
     * the voucher as it is now, or empty when nothing was taken (used up, balance too low, deleted).
     */
    @Transactional
    public Optional<VoucherResponse> tryRedeem(String projectId, String voucherId, long giftCredits) {
        if (giftCredits < 0) {
            throw new IllegalArgumentException("gift credits cannot be negative");
        }
        if (repository.takeRedemption(projectId, voucherId, giftCredits) == 0) {
            return Optional.empty();
        }
        return refreshed(projectId, voucherId);
    }

    /**
     * Gives back what {@link #tryRedeem} took: one use and {@code giftCredits}. For rollbacks, and
     * for undoing the earlier vouchers of a stacked redemption that failed on a later one.
     */
    @Transactional
    public Optional<VoucherResponse> restoreRedemption(String projectId, String voucherId, long giftCredits) {
        if (giftCredits < 0) {
            throw new IllegalArgumentException("gift credits cannot be negative");
        }
        repository.giveBackRedemption(projectId, voucherId, giftCredits);
        return refreshed(projectId, voucherId);
    }

    /**
     * A voucher read again from the database, past what this transaction's persistence context
     * holds: after {@link #tryRedeem} refused, what the winner left.
     */
    public Optional<VoucherResponse> refreshed(String projectId, String voucherId) {
        return repository.findByProjectIdAndIdAndDeletedAtIsNull(projectId, voucherId).map(v -> {
            entityManager.refresh(v);
            return VoucherResponse.from(v, category(projectId, v.categoryId()), rulesOf(projectId, v));
        });
    }

    /**
     * Locks a live voucher's row until the transaction ends and returns it as stored: changes to one
     * loyalty card's points then run one after another, and none is lost.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<VoucherResponse> lock(String projectId, String voucherId) {
        return repository.findByProjectIdAndIdAndDeletedAtIsNull(projectId, voucherId).map(v -> {
            entityManager.refresh(v, LockModeType.PESSIMISTIC_WRITE);
            return VoucherResponse.from(v, category(projectId, v.categoryId()), rulesOf(projectId, v));
        });
    }

    /** Stores a loyalty card's new point state; the caller holds the row lock ({@link #lock}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public VoucherResponse updateLoyaltyCard(String projectId, String voucherId, LoyaltyCard card) {
        Voucher v = repository.findByProjectIdAndIdAndDeletedAtIsNull(projectId, voucherId)
                .orElseThrow(() -> ApiException.notFound("voucher", voucherId));
        v.loyaltyCard(card);
        v.touched(now());
        repository.flush();
        return VoucherResponse.from(v, category(projectId, v.categoryId()), rulesOf(projectId, v));
    }

    /** The live vouchers of a campaign that have a holder (a loyalty program's members), newest first. */
    public ListEnvelope<VoucherResponse> listHeld(String projectId, String campaignId, String holderId, int limit,
                                                  int page) {
        Specification<Voucher> spec = (root, q, cb) -> cb.and(
                cb.equal(root.get("projectId"), projectId),
                cb.equal(root.get("campaignId"), campaignId),
                cb.isNull(root.get("deletedAt")),
                holderId == null ? cb.isNotNull(root.get("holderId")) : cb.equal(root.get("holderId"), holderId));
        Page<Voucher> found = repository.findAll(spec, PageRequest.of(page - 1, limit,
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
        Map<String, VoucherResponse> byId = byIds(projectId, found.map(Voucher::id).getContent());
        return ListEnvelope.of("vouchers", found.map(v -> byId.get(v.id())).getContent(), found.getTotalElements());
    }

    /** What a deleted voucher leaves for its campaign's count and summary. */
    public record DeletedVoucher(String id, String code, String campaignId, VoucherType type, long giftBalance,
                                 long pointsBalance) {
    }

    /**
     * DELETE /v1/vouchers/{code}: soft-deletes the voucher, which frees its code. The row is locked
     * first, so the remaining balance reported is the one the voucher had when it went.
     */
    @Transactional
    public DeletedVoucher delete(String projectId, String codeOrId) {
        Voucher voucher = live(projectId, codeOrId).orElseThrow(() -> ApiException.notFound("voucher", codeOrId));
        entityManager.refresh(voucher, LockModeType.PESSIMISTIC_WRITE);
        if (voucher.deletedAt() != null) {
            throw ApiException.notFound("voucher", codeOrId); // a concurrent delete came first
        }
        repository.softDelete(voucher.id(), now());
        entityManager.detach(voucher);
        long giftBalance = voucher.gift() == null ? 0 : orZero(voucher.gift().balance());
        long points = voucher.loyaltyCard() == null ? 0 : orZero(voucher.loyaltyCard().balance());
        return new DeletedVoucher(voucher.id(), voucher.code(), voucher.campaignId(), voucher.type(), giftBalance,
                points);
    }

    /**
     * Locks up to {@code count} publishable vouchers of a campaign (live, active, not expired, never
     * published), oldest first, and returns their ids. Vouchers a concurrent publication holds are
     * skipped, so two publications never pick the same one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> lockPublishable(String campaignId, int count) {
        return repository.lockUnpublished(campaignId, now(), count);
    }

    /** The oldest live voucher of a campaign: a STANDALONE campaign's one shared code. */
    public Optional<String> firstOfCampaign(String campaignId) {
        return repository.findFirstLiveId(campaignId);
    }

    /**
     * Publishes a voucher to a customer: sets its holder and counts the publication. A unique code
     * is published once; false when it already was. A {@code shared} code (a STANDALONE campaign's)
     * can be published any number of times and gets no holder.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean publish(String voucherId, String customerId, boolean shared) {
        int changed = shared ? repository.publishShared(voucherId) : repository.publish(voucherId, customerId);
        Voucher cached = entityManager.find(Voucher.class, voucherId);
        if (cached != null) {
            entityManager.refresh(cached); // the update bypassed the persistence context
        }
        return changed == 1;
    }

    /** Soft-deletes every live voucher of a campaign, which frees their codes; returns how many. */
    @Transactional
    public int deleteAllOfCampaign(String projectId, String campaignId) {
        return repository.deleteAllOfCampaign(projectId, campaignId, now());
    }

    /**
     * Carries a changed campaign definition to its vouchers that were never published or redeemed:
     * discount, redemption quantity, dates and validity windows (replacing per-voucher date or
     * quantity overrides). Gift and loyalty cards are re-issued only while untouched, so a balance change is
     * never lost. Returns how many vouchers changed.
     */
    @Transactional
    public int redefineUnused(String projectId, VoucherTemplate template) {
        Instant now = now();
        int changed = 0;
        String after = "";
        List<Voucher> page;
        do {
            page = repository.findUnusedOfCampaign(projectId, template.campaignId(), after, Limit.of(PERSIST_CHUNK));
            for (Voucher voucher : page) {
                if (redefine(voucher, template, now)) {
                    changed++;
                }
            }
            repository.flush();
            page.forEach(entityManager::detach);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id();
            }
        } while (page.size() == PERSIST_CHUNK);
        return changed;
    }

    private static boolean redefine(Voucher v, VoucherTemplate t, Instant now) {
        boolean changed = false;
        switch (v.type()) {
            case DISCOUNT_VOUCHER -> {
                Discount discount = t.discount() == null ? null : t.discount().withDefaults();
                if (!Objects.equals(discount, v.discount())) {
                    v.discount(discount);
                    changed = true;
                }
            }
            case GIFT_VOUCHER -> {
                Gift gift = t.gift() == null ? null : t.gift().issued();
                if (gift != null && untouched(v.gift()) && !Objects.equals(gift, v.gift())) {
                    v.gift(gift);
                    changed = true;
                }
            }
            case LOYALTY_CARD -> {
                LoyaltyCard card = LoyaltyCard.issued(t.loyaltyCard() == null ? null : t.loyaltyCard().points());
                if (untouched(v.loyaltyCard()) && !Objects.equals(card, v.loyaltyCard())) {
                    v.loyaltyCard(card);
                    changed = true;
                }
            }
        }
        Integer quantity = t.redemption() == null ? null : t.redemption().quantity();
        if (!Objects.equals(quantity, v.redemptionQuantity())) {
            v.redemptionQuantity(quantity);
            changed = true;
        }
        if (!Objects.equals(t.startDate(), v.startDate()) || !Objects.equals(t.expirationDate(), v.expirationDate())
                || !Objects.equals(t.validityTimeframe(), v.validityTimeframe())
                || !Objects.equals(t.validityDayOfWeek(), v.validityDayOfWeek())
                || !Objects.equals(t.validityHours(), v.validityHours())) {
            v.validity(t.startDate(), t.expirationDate(), t.validityTimeframe(), t.validityDayOfWeek(),
                    t.validityHours());
            changed = true;
        }
        if (changed) {
            v.touched(now);
        }
        return changed;
    }

    private static boolean untouched(Gift gift) {
        return gift == null || ((gift.subtractedAmount() == null || gift.subtractedAmount() == 0)
                && Objects.equals(gift.amount(), gift.balance()));
    }

    private static boolean untouched(LoyaltyCard card) {
        return card == null || (Objects.equals(card.points(), card.balance()) && orZero(card.pendingPoints()) == 0
                && orZero(card.expiredPoints()) == 0 && orZero(card.subtractedPoints()) == 0);
    }

    @EventListener
    @Transactional
    void categoryDeleted(CategoryDeleted event) {
        repository.clearCategory(event.projectId(), event.categoryId());
    }

    /** Live (not deleted) vouchers of a campaign. */
    public int countLive(String projectId, String campaignId) {
        return Math.toIntExact(repository.countByProjectIdAndCampaignIdAndDeletedAtIsNull(projectId, campaignId));
    }

    private Optional<Voucher> live(String projectId, String codeOrId) {
        Optional<Voucher> byCode = repository.findByProjectIdAndCodeAndDeletedAtIsNull(projectId, codeOrId);
        if (byCode.isPresent() || !codeOrId.startsWith("v_")) {
            return byCode;
        }
        return repository.findByProjectIdAndIdAndDeletedAtIsNull(projectId, codeOrId);
    }

    // A voucher shows its own rules, then the ones it inherits from its campaign.
    private ValidationRulesAssignmentList rulesOf(String projectId, Voucher voucher) {
        return validationRules.assignmentsOf(projectId, "voucher", voucher.id())
                .plus(inheritedRules(projectId, voucher.campaignId()));
    }

    private ValidationRulesAssignmentList inheritedRules(String projectId, String campaignId) {
        return campaignId == null ? ValidationRulesAssignmentList.EMPTY
                : validationRules.assignmentsOf(projectId, "campaign", campaignId);
    }

    private CategoryResponse category(String projectId, String categoryId) {
        return categoryId == null ? null : categories.byIds(projectId, Set.of(categoryId)).get(categoryId);
    }

    /** Type as sent, else inferred from the one of discount, gift and loyalty_card that is present. */
    private static VoucherType typeOf(CreateVoucherRequest body) {
        VoucherType type = body.type();
        if (type == null) {
            List<VoucherType> present = new ArrayList<>();
            if (body.discount() != null) {
                present.add(VoucherType.DISCOUNT_VOUCHER);
            }
            if (body.gift() != null) {
                present.add(VoucherType.GIFT_VOUCHER);
            }
            if (body.loyaltyCard() != null) {
                present.add(VoucherType.LOYALTY_CARD);
            }
            if (present.size() != 1) {
                throw ApiException.invalidPayload(present.isEmpty()
                        ? "Payload should have required property 'type'"
                        : "Property 'type' is required when more than one of 'discount', 'gift' and 'loyalty_card' is set");
            }
            type = present.get(0);
        }
        switch (type) {
            case LOYALTY_CARD -> throw ApiException.badRequest("invalid_voucher", "Invalid voucher",
                    "Loyalty cards need a campaign: set 'campaign' or 'campaign_id'");
            case DISCOUNT_VOUCHER -> {
                if (body.discount() == null) {
                    throw ApiException.invalidPayload("Payload should have required property 'discount'");
                }
                String problem = body.discount().problem();
                if (problem != null) {
                    throw ApiException.invalidPayload(problem);
                }
            }
            case GIFT_VOUCHER -> {
                if (body.gift() == null || body.gift().amount() == null) {
                    throw ApiException.invalidPayload("Property 'gift.amount' is required for GIFT_VOUCHER");
                }
                if (body.gift().amount() < 0) {
                    throw ApiException.invalidPayload("Property 'gift.amount' should not be negative");
                }
            }
        }
        return type;
    }

    /** The template with the request's overrides applied, validated, and its category resolved once. */
    private Stamp stamp(String projectId, VoucherTemplate template, AddVoucherRequest overrides) {
        if (template.type() == null) {
            throw ApiException.badRequest("invalid_campaign", "Invalid campaign", "The campaign does not issue vouchers");
        }
        AddVoucherRequest o = overrides == null
                ? new AddVoucherRequest(null, null, null, null, null, null, null, null, null)
                : overrides;
        Instant startDate = o.startDate() != null ? o.startDate() : template.startDate();
        Instant expirationDate = o.expirationDate() != null ? o.expirationDate() : template.expirationDate();
        RedemptionLimit redemption = o.redemption() != null ? o.redemption() : template.redemption();
        CodeConfig codeConfig = o.codeConfig() != null ? o.codeConfig() : template.codeConfig();
        String problem = Validity.problem(startDate, expirationDate, template.validityTimeframe(),
                template.validityDayOfWeek(), template.validityHours(), null);
        if (problem == null) {
            problem = quantityProblem(o.redemption());
        }
        if (problem == null && o.codeConfig() != null) {
            problem = o.codeConfig().problem();
        }
        if (problem != null) {
            throw ApiException.invalidPayload(problem);
        }
        CategoryResponse category = hasText(o.categoryId()) || hasText(o.category())
                ? categories.resolve(projectId, o.categoryId(), o.category()).orElse(null)
                : category(projectId, template.categoryId());
        return new Stamp(template, category == null ? template.categoryId() : category.id(), category,
                startDate, expirationDate, redemption == null ? null : redemption.quantity(),
                o.additionalInfo(), o.metadata() != null ? o.metadata() : template.metadata(),
                codeConfig == null ? CodeConfig.DEFAULT : codeConfig);
    }

    private record Stamp(VoucherTemplate template, String categoryId, CategoryResponse category, Instant startDate,
                         Instant expirationDate, Integer quantity, String additionalInfo,
                         Map<String, Object> metadata, CodeConfig codeConfig) {

        Voucher onto(Voucher voucher) {
            voucher.campaign(template.campaignId(), template.campaignName());
            voucher.category(categoryId);
            voucher.referralCode(template.isReferralCode());
            switch (template.type()) {
                case DISCOUNT_VOUCHER -> voucher.discount(withDefaults(template.discount()));
                case GIFT_VOUCHER -> voucher.gift(template.gift() == null
                        ? new Gift(0L, null, null, null).issued() : template.gift().issued());
                case LOYALTY_CARD -> voucher.loyaltyCard(LoyaltyCard.issued(
                        template.loyaltyCard() == null ? null : template.loyaltyCard().points()));
            }
            voucher.validity(startDate, expirationDate, template.validityTimeframe(), template.validityDayOfWeek(),
                    template.validityHours());
            voucher.additionalInfo(additionalInfo);
            voucher.metadata(metadata);
            voucher.redemptionQuantity(quantity);
            return voucher;
        }

        private static Discount withDefaults(Discount discount) {
            return discount == null ? null : discount.withDefaults();
        }
    }

    /**
     * {@code count} distinct codes that no live voucher of the project has: draw a batch, drop the
     * ones one lookup query finds taken, draw again for those. The unique index is the final guard
     * against a concurrent request taking the same code.
     */
    private List<String> freshCodes(String projectId, CodeConfig config, int count) {
        CodeGenerator generator = new CodeGenerator(config);
        if (!generator.canProduce(count)) {
            throw cannotProduce(count);
        }
        Set<String> chosen = new LinkedHashSet<>(Math.max(16, count * 4 / 3 + 1));
        for (int round = 0; chosen.size() < count; round++) {
            if (round == MAX_ROUNDS) {
                throw cannotProduce(count);
            }
            Set<String> candidates = generator.distinct(count - chosen.size(), chosen);
            for (List<String> chunk : chunks(List.copyOf(candidates), LOOKUP_CHUNK)) {
                repository.findLiveCodes(projectId, chunk.toArray(String[]::new)).forEach(candidates::remove);
            }
            chosen.addAll(candidates);
        }
        return List.copyOf(chosen);
    }

    private static ApiException cannotProduce(int count) {
        return ApiException.badRequest("invalid_campaign", "Invalid campaign",
                "Code config cannot produce " + count + " unique codes");
    }

    private void persist(List<Voucher> vouchers) {
        for (List<Voucher> chunk : chunks(vouchers, PERSIST_CHUNK)) {
            // flushed through the repository, so a lost race on voucher_code_uq becomes a
            // DataIntegrityViolationException (409), not a raw persistence exception
            repository.saveAllAndFlush(chunk);
            // detach only ours: the caller's entities (a campaign being counted) stay managed
            chunk.forEach(entityManager::detach);
        }
    }

    private void ensureFree(String projectId, String code) {
        requireCode(code);
        if (repository.existsByProjectIdAndCodeAndDeletedAtIsNull(projectId, code)) {
            throw ApiException.duplicate("voucher", "code", code);
        }
    }

    private static void requireCode(String code) {
        if (!hasText(code)) {
            throw ApiException.invalidPayload("Property 'code' should not be empty");
        }
    }

    private static String quantityProblem(RedemptionLimit redemption) {
        return redemption != null && redemption.quantity() != null && redemption.quantity() < 1
                ? "Property 'redemption.quantity' should be at least 1 (or null for unlimited)"
                : null;
    }

    private static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            chunks.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return chunks;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
