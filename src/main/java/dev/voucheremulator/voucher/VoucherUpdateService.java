package dev.voucheremulator.voucher;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.category.CategoryDeleted;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.VoucherType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes vouchers as a whole: deletes them, and carries a changed campaign definition to the unused ones. */
@Service
@Transactional(readOnly = true)
public class VoucherUpdateService {

    private static final int CHUNK = 1_000;

    private final VoucherRepository repository;
    private final GiftTransactionRepository giftTransactions;
    private final VoucherService queries;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    VoucherUpdateService(VoucherRepository repository, GiftTransactionRepository giftTransactions,
                         VoucherService queries, EntityManager entityManager, Clock clock,
                         ApplicationEventPublisher events) {
        this.repository = repository;
        this.giftTransactions = giftTransactions;
        this.queries = queries;
        this.entityManager = entityManager;
        this.clock = clock;
        this.events = events;
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
        Voucher voucher = queries.live(projectId, codeOrId).orElseThrow(() -> ApiException.notFound("voucher", codeOrId));
        entityManager.refresh(voucher, LockModeType.PESSIMISTIC_WRITE);
        if (voucher.deletedAt() != null) {
            throw ApiException.notFound("voucher", codeOrId); // a concurrent delete came first
        }
        repository.softDelete(voucher.id(), now());
        entityManager.detach(voucher);
        events.publishEvent(new VoucherChanged(projectId, "voucher.deleted", voucher.id(), voucher.campaignId(),
                () -> VoucherResponse.from(voucher, null, null)));
        long giftBalance = voucher.gift() == null ? 0 : orZero(voucher.gift().balance());
        long points = voucher.loyaltyCard() == null ? 0 : orZero(voucher.loyaltyCard().balance());
        return new DeletedVoucher(voucher.id(), voucher.code(), voucher.campaignId(), voucher.type(), giftBalance,
                points);
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
            page = repository.findUnusedOfCampaign(projectId, template.campaignId(), after, Limit.of(CHUNK));
            // credits added by hand keep amount and balance equal: only the card's transactions tell
            Set<String> credited = page.stream().anyMatch(v -> v.type() == VoucherType.GIFT_VOUCHER)
                    ? giftTransactions.findVoucherIdsAmong(page.stream().map(Voucher::id).toList())
                    : Set.of();
            for (Voucher voucher : page) {
                if (redefine(voucher, template, credited.contains(voucher.id()), now)) {
                    changed++;
                }
            }
            repository.flush();
            page.forEach(entityManager::detach);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id();
            }
        } while (page.size() == CHUNK);
        return changed;
    }

    private static boolean redefine(Voucher v, VoucherTemplate t, boolean credited, Instant now) {
        boolean changed = false;
        switch (v.type()) {
            case DISCOUNT_VOUCHER -> {
                Discount discount = t.discount();
                if (!Objects.equals(discount, v.discount())) {
                    v.discount(discount);
                    changed = true;
                }
            }
            case GIFT_VOUCHER -> {
                Gift gift = t.gift() == null ? null : t.gift().issued();
                if (gift != null && !credited && untouched(v.gift()) && !Objects.equals(gift, v.gift())) {
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
        if (!Objects.equals(t.validity(), v.validity())) {
            v.validity(t.validity());
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

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
