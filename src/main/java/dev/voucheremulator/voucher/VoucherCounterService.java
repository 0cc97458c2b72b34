package dev.voucheremulator.voucher;

import dev.voucheremulator.api.db.DeferredInserts;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counters concurrent requests race for: a voucher's uses and gift credits, a loyalty card's
 * points, a code's publications. Each is decided in the database, by a conditional update or under
 * the row's lock, never by a read-then-write here.
 */
@Service
@Transactional(readOnly = true)
public class VoucherCounterService {

    // uses, project, voucher id, uses: all of them or none (used up, deleted)
    private static final String TAKE_USES = """
            update voucher set redeemed_quantity = redeemed_quantity + ?, version = version + 1
            where project_id = ? and id = ? and deleted_at is null
              and (redemption_quantity is null or redeemed_quantity + ? <= redemption_quantity)""";
    private static final int[] TAKE_AFTER_TYPES = {Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
            Types.INTEGER};

    private final VoucherRepository repository;
    private final VoucherResponses responses;
    private final GiftTransactionRepository giftTransactions;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DeferredInserts deferred;

    VoucherCounterService(VoucherRepository repository, VoucherResponses responses,
                          GiftTransactionRepository giftTransactions, EntityManager entityManager, JdbcClient jdbc,
                          Clock clock, DeferredInserts deferred) {
        this.repository = repository;
        this.responses = responses;
        this.giftTransactions = giftTransactions;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.clock = clock;
        this.deferred = deferred;
    }

    /**
     * Takes one use of {@code voucher} and {@code giftCredits} of its gift card balance, if both are
     * left. One conditional UPDATE decides it, so concurrent redemptions never share the last use; it
     * returns the new counts, so the voucher comes back as it is now without being read again. Empty
     * when nothing was taken (used up, balance too low, deleted).
     */
    @Transactional
    public Optional<VoucherResponse> take(String projectId, VoucherResponse voucher, long giftCredits) {
        if (giftCredits < 0) {
            throw new IllegalArgumentException("gift credits cannot be negative");
        }
        return repository.takeRedemption(projectId, voucher.id(), giftCredits)
                .map(now -> voucher.withRedemptionCounts(now.getRedeemedQuantity(), now.getGiftBalance()));
    }

    /**
     * Takes {@code uses} uses of {@code voucher} at once, without gift credits: all of them or none
     * (used up, deleted). Returns the voucher after each use, in order, from one conditional UPDATE:
     * what {@code uses} calls of {@link #take} would have returned one after the other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<List<VoucherResponse>> takeAll(String projectId, VoucherResponse voucher, int uses) {
        if (uses < 1) {
            throw new IllegalArgumentException("at least one use is taken");
        }
        // by JDBC on the transaction's connection: once per batch, and the repository's query plumbing cost
        // more than the statement
        return jdbc.sql(TAKE_USES + " returning redeemed_quantity, (gift ->> 'balance')::bigint as gift_balance")
                .params(uses, projectId, voucher.id(), uses)
                .query((rs, n) -> {
                    int after = rs.getInt("redeemed_quantity");
                    Long balance = rs.getObject("gift_balance", Long.class);
                    return IntStream.range(0, uses)
                            .mapToObj(i -> voucher.withRedemptionCounts(after - uses + 1 + i, balance)).toList();
                })
                .optional();
    }

    /**
     * {@link #takeAll} for a caller that knows how many uses the voucher has had ({@code usedBefore},
     * from its own last take): the uses are taken in the statement of the transaction's deferred writes,
     * and only if the voucher still has exactly that many; otherwise the commit fails with
     * {@link DeferredInserts.GuardFailed} and nothing of the transaction is written. Saves the take its
     * own round trip. Returns the voucher after each use, as {@link #takeAll} would. No gift card.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<VoucherResponse> takeAllAfter(String projectId, VoucherResponse voucher, int uses, int usedBefore) {
        if (uses < 1 || voucher.gift() != null) {
            throw new IllegalArgumentException("at least one use of a voucher without a gift card is taken");
        }
        deferred.guard(TAKE_USES + " and redeemed_quantity = ? returning 1", TAKE_AFTER_TYPES,
                uses, projectId, voucher.id(), uses, usedBefore);
        return IntStream.range(0, uses).mapToObj(i -> voucher.withRedemptionCounts(usedBefore + 1 + i, null)).toList();
    }

    /**
     * Gives back what {@link #take} took: one use and {@code giftCredits}. For rollbacks, and for
     * undoing the earlier vouchers of a stacked redemption that failed on a later one. Returns the
     * voucher as it is now, or empty when it is gone.
     */
    @Transactional
    public Optional<VoucherResponse> giveBack(String projectId, String voucherId, long giftCredits) {
        if (giftCredits < 0) {
            throw new IllegalArgumentException("gift credits cannot be negative");
        }
        repository.giveBackRedemption(projectId, voucherId, giftCredits);
        return repository.findByProjectIdAndIdAndDeletedAtIsNull(projectId, voucherId).map(v -> {
            entityManager.refresh(v); // the update bypassed the persistence context
            return responses.of(v);
        });
    }

    /**
     * Writes a gift card's transaction for credits a redemption took ({@code change < 0}) or a
     * rollback returned ({@code change > 0}); {@code after} is the card as {@link #take} or
     * {@link #giveBack} left it. Call it once the redemption or rollback is sure to succeed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordGiftCredits(String projectId, VoucherResponse after, long change, String redemptionId,
                                  String rollbackId, String orderId) {
        if (change == 0 || after.gift() == null) {
            return;
        }
        long total = orZero(after.gift().amount()) - orZero(after.gift().subtractedAmount());
        giftTransactions.save(new GiftTransaction(ResourceIds.loyaltyTransaction(),
                projectId, after.campaignId(), after.id(),
                change < 0 ? GiftTransaction.Type.CREDITS_REDEMPTION : GiftTransaction.Type.CREDITS_REFUND, change,
                orZero(after.gift().balance()), total, true, now()).redemption(redemptionId, rollbackId, orderId));
    }

    /**
     * Locks a live voucher's row until the transaction ends and returns it as stored: changes to one
     * loyalty card's points then run one after another, and none is lost.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<VoucherResponse> lock(String projectId, String voucherId) {
        return repository.findByProjectIdAndIdAndDeletedAtIsNull(projectId, voucherId).map(v -> {
            entityManager.refresh(v, LockModeType.PESSIMISTIC_WRITE);
            return responses.of(v);
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
        return responses.of(v);
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

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
