package dev.voucheremulator.voucher;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.category.CategoryResponse;
import dev.voucheremulator.category.CategoryService;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.spec.VoucherType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** PUT /v1/vouchers/{code} and the enable and disable switches: one voucher's own settings. */
@Service
@Transactional(readOnly = true)
public class VoucherEditService {

    private final VoucherService queries;
    private final VoucherResponses responses;
    private final CategoryService categories;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    VoucherEditService(VoucherService queries, VoucherResponses responses, CategoryService categories,
                       EntityManager entityManager, Clock clock, ApplicationEventPublisher events) {
        this.queries = queries;
        this.responses = responses;
        this.categories = categories;
        this.entityManager = entityManager;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Applies the properties sent: a value sets, {@code null} clears (the category, a date, a validity
     * window, {@code additional_info}, {@code metadata} to {}), an absent property stays. Everything is
     * checked before anything changes. {@code type} cannot change a voucher's type and is not checked
     * against it: the real API accepts {@code "type": "DISCOUNT_VOUCHER"} on a loyalty card (as the
     * official SDK's own test sends it).
     */
    @Transactional
    VoucherResponse update(String projectId, String codeOrId, VoucherChanges changes) {
        UpdateVoucherRequest body = changes.values();
        Voucher voucher = locked(projectId, codeOrId);
        Validity before = voucher.validity();
        Validity validity = new Validity(
                changes.has("start_date") ? body.startDate() : before.startDate(),
                changes.has("expiration_date") ? body.expirationDate() : before.expirationDate(),
                changes.has("validity_timeframe") ? body.validityTimeframe() : before.validityTimeframe(),
                changes.has("validity_day_of_week") ? body.validityDayOfWeek() : before.validityDayOfWeek(),
                changes.has("validity_hours") ? body.validityHours() : before.validityHours());
        String problem = validity.problem();
        if (problem != null) {
            throw ApiException.invalidPayload(problem);
        }
        if (body.discount() != null) {
            if (voucher.type() != VoucherType.DISCOUNT_VOUCHER) {
                throw invalidVoucher("Property 'discount' applies to DISCOUNT_VOUCHER vouchers only");
            }
            problem = body.discount().problem();
            if (problem != null) {
                throw ApiException.invalidPayload(problem);
            }
            if (voucher.discount() != null && voucher.discount().type() != body.discount().type()) {
                throw invalidVoucher("The discount type of a voucher cannot change");
            }
        }
        Gift gift = voucher.gift();
        if (body.gift() != null) {
            if (voucher.type() != VoucherType.GIFT_VOUCHER || gift == null) {
                throw invalidVoucher("Property 'gift' applies to GIFT_VOUCHER vouchers only");
            }
            if (body.gift().amount() != null && !body.gift().amount().equals(gift.amount())) {
                throw invalidVoucher("A gift card's credits change with POST /v1/vouchers/{code}/balance");
            }
            gift = new Gift(gift.amount(), gift.subtractedAmount(), gift.balance(),
                    body.gift().effect() != null ? body.gift().effect() : gift.effect());
        }
        if (body.loyaltyCard() != null) {
            if (voucher.type() != VoucherType.LOYALTY_CARD || voucher.loyaltyCard() == null) {
                throw invalidVoucher("Property 'loyalty_card' applies to LOYALTY_CARD vouchers only");
            }
            if (body.loyaltyCard().points() != null
                    && !body.loyaltyCard().points().equals(voucher.loyaltyCard().points())) {
                throw invalidVoucher("A loyalty card's points change with POST /v1/vouchers/{code}/balance");
            }
        }
        CategoryResponse category = null;
        boolean categorySent = changes.has("category") || changes.has("category_id");
        if (categorySent) {
            category = categories.resolve(projectId, body.categoryId(), body.category()).orElse(null);
        }

        if (categorySent) {
            voucher.category(category == null ? null : category.id());
        }
        voucher.validity(validity);
        if (body.discount() != null) {
            voucher.discount(body.discount().withDefaults());
        }
        if (!Objects.equals(gift, voucher.gift())) {
            voucher.gift(gift);
        }
        if (body.active() != null) {
            voucher.activate(body.active());
        }
        if (changes.has("additional_info")) {
            voucher.additionalInfo(body.additionalInfo());
        }
        if (changes.has("metadata")) {
            voucher.metadata(body.metadata());
        }
        voucher.touched(now());
        entityManager.flush();
        return announced(projectId, "voucher.updated", responses.of(voucher));
    }

    /** POST /v1/vouchers/{code}/enable and /disable: the voucher as it is afterwards. */
    @Transactional
    VoucherResponse activate(String projectId, String codeOrId, boolean active) {
        Voucher voucher = locked(projectId, codeOrId);
        voucher.activate(active);
        voucher.touched(now());
        entityManager.flush();
        return announced(projectId, active ? "voucher.enabled" : "voucher.disabled", responses.of(voucher));
    }

    private VoucherResponse announced(String projectId, String type, VoucherResponse voucher) {
        events.publishEvent(new VoucherChanged(projectId, type, voucher.id(), voucher.campaignId(), () -> voucher));
        return voucher;
    }

    // The row lock orders this change after a concurrent redemption's conditional update.
    private Voucher locked(String projectId, String codeOrId) {
        Voucher voucher = queries.live(projectId, codeOrId)
                .orElseThrow(() -> ApiException.notFound("voucher", codeOrId));
        entityManager.refresh(voucher, LockModeType.PESSIMISTIC_WRITE);
        if (voucher.deletedAt() != null) {
            throw ApiException.notFound("voucher", codeOrId);
        }
        return voucher;
    }

    private static ApiException invalidVoucher(String details) {
        return ApiException.badRequest("invalid_voucher", "Invalid voucher", details);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
