package dev.voucheremulator.voucher;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
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
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues vouchers: a campaign's (stamped from its {@link VoucherTemplate}) and standalone ones, with
 * codes drawn fresh from a code config or given.
 */
@Service
@Transactional(readOnly = true)
public class VoucherIssueService {

    // Vouchers are flushed and detached in chunks so a 100k generation does not keep 100k managed entities.
    private static final int PERSIST_CHUNK = 1_000;
    private static final int LOOKUP_CHUNK = 10_000;
    // Rounds of "draw, drop codes that already exist, draw again" before the space counts as exhausted.
    private static final int MAX_ROUNDS = 25;

    private final VoucherRepository repository;
    private final VoucherResponses responses;
    private final CategoryService categories;
    private final ValidationRuleService validationRules;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    VoucherIssueService(VoucherRepository repository, VoucherResponses responses, CategoryService categories,
                        ValidationRuleService validationRules, EntityManager entityManager, Clock clock,
                        ApplicationEventPublisher events) {
        this.repository = repository;
        this.responses = responses;
        this.categories = categories;
        this.validationRules = validationRules;
        this.entityManager = entityManager;
        this.clock = clock;
        this.events = events;
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
        ValidationRulesAssignmentList rules = responses.inheritedRules(projectId, template.campaignId());
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
        VoucherResponse created = VoucherResponse.from(voucher, stamp.category(),
                responses.inheritedRules(projectId, template.campaignId()));
        events.publishEvent(new VoucherChanged(projectId, "voucher.created", created.id(), created.campaignId(),
                () -> created));
        return created;
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
        String problem = body.validity().problem();
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
        voucher.validity(body.validity());
        voucher.activate(body.active() == null || body.active());
        voucher.additionalInfo(body.additionalInfo());
        voucher.metadata(body.metadata());
        voucher.redemptionQuantity(body.redemption() == null ? null : body.redemption().quantity());
        persist(List.of(voucher));
        ruleIds.forEach(id -> validationRules.assign(projectId, id, "voucher", voucher.id()));
        VoucherResponse created = VoucherResponse.from(voucher, category, responses.rulesOf(voucher));
        events.publishEvent(new VoucherChanged(projectId, "voucher.created", voucher.id(), null, () -> created));
        return created;
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
        Validity validity = Validity.between(o.startDate(), o.expirationDate()).orElse(template.validity());
        RedemptionLimit redemption = o.redemption() != null ? o.redemption() : template.redemption();
        CodeConfig codeConfig = o.codeConfig() != null ? o.codeConfig() : template.codeConfig();
        String problem = validity.problem();
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
                : responses.category(projectId, template.categoryId());
        return new Stamp(template, category == null ? template.categoryId() : category.id(), category,
                validity, redemption == null ? null : redemption.quantity(),
                o.additionalInfo(), o.metadata() != null ? o.metadata() : template.metadata(),
                codeConfig == null ? CodeConfig.DEFAULT : codeConfig);
    }

    private record Stamp(VoucherTemplate template, String categoryId, CategoryResponse category, Validity validity,
                         Integer quantity, String additionalInfo,
                         Map<String, Object> metadata, CodeConfig codeConfig) {

        Voucher onto(Voucher voucher) {
            voucher.campaign(template.campaignId(), template.campaignName());
            voucher.category(categoryId);
            voucher.referralCode(template.isReferralCode());
            switch (template.type()) {
                // the campaign's discount as sent: the real API echoes no defaulted effect
                case DISCOUNT_VOUCHER -> voucher.discount(template.discount());
                case GIFT_VOUCHER -> voucher.gift(template.gift() == null
                        ? new Gift(0L, null, null, null).issued() : template.gift().issued());
                case LOYALTY_CARD -> voucher.loyaltyCard(LoyaltyCard.issued(
                        template.loyaltyCard() == null ? null : template.loyaltyCard().points()));
            }
            voucher.validity(validity);
            voucher.additionalInfo(additionalInfo);
            voucher.metadata(metadata);
            voucher.redemptionQuantity(quantity);
            return voucher;
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

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
