package dev.voucheremulator.voucher;

import dev.voucheremulator.api.cache.ProjectChanges;
import dev.voucheremulator.api.cache.ReadCache;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.query.ListEnvelope;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads vouchers. Issuing them is {@link VoucherIssueService}'s, their redemption and publication
 * counters {@link VoucherCounterService}'s, deletions and redefinitions {@link VoucherUpdateService}'s.
 */
@Service
@Transactional(readOnly = true)
public class VoucherService {

    private final VoucherRepository repository;
    private final VoucherResponses responses;
    private final EntityManager entityManager;
    private final Clock clock;
    // What validations read again and again, and only other writes change
    private final ReadCache<String, Optional<VoucherResponse>> checked;

    VoucherService(VoucherRepository repository, VoucherResponses responses, EntityManager entityManager,
                   Clock clock, ProjectChanges changes) {
        this.checked = changes.readingCache(ProjectChanges.Scope.STATE, 10_000);
        this.repository = repository;
        this.responses = responses;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** By code, or by {@code v_} id when no voucher has that code. */
    public Optional<VoucherResponse> find(String projectId, String codeOrId) {
        return live(projectId, codeOrId).map(responses::of);
    }

    /**
     * {@link #find}, kept until the project's state changes ({@link ProjectChanges.Scope#STATE}): what a
     * validation checks. A redemption's transaction reads around the cache, from the database. A cache
     * hit opens no transaction; a miss reads in the caller's, or in one of its own.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<VoucherResponse> findChecked(String projectId, String codeOrId) {
        return checked.get(projectId, codeOrId, () -> find(projectId, codeOrId));
    }

    /** The checked cache's change counters now: take them before reading a voucher for {@link #checkedNow}. */
    public ReadCache.Stamp checkedStamp(String projectId) {
        return checked.stamp(projectId);
    }

    /**
     * What {@link #findChecked} answers for {@code codeOrId} from now on: the voucher as a committed write
     * that changed only its counters left it ({@link ProjectChanges#countersOnly()}). Unused when the
     * project changed since {@code stamp}.
     */
    public void checkedNow(String projectId, String codeOrId, VoucherResponse voucher, ReadCache.Stamp stamp) {
        checked.put(projectId, codeOrId, Optional.of(voucher), stamp);
    }

    /** By {@code v_} id, deleted vouchers included: what a publication or redemption refers to. */
    public Map<String, VoucherResponse> byIds(String projectId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return responses.of(projectId, repository.findByProjectIdAndIdIn(projectId, ids));
    }

    public VoucherResponse get(String projectId, String codeOrId) {
        return find(projectId, codeOrId).orElseThrow(() -> ApiException.notFound("voucher", codeOrId));
    }

    public ListEnvelope<VoucherResponse> list(String projectId, VoucherListQuery query) {
        Page<Voucher> page = repository.findAll(query.specification(projectId, clock.instant()), query.pageable());
        Map<String, VoucherResponse> byId = responses.of(projectId, page.getContent());
        return ListEnvelope.of("vouchers", page.map(v -> byId.get(v.id())).getContent(), page.getTotalElements());
    }

    /**
     * A voucher read again from the database, past what this transaction's persistence context
     * holds: after a conditional update was refused, what the winner left.
     */
    public Optional<VoucherResponse> refreshed(String projectId, String voucherId) {
        return repository.findByProjectIdAndIdAndDeletedAtIsNull(projectId, voucherId).map(v -> {
            entityManager.refresh(v);
            return responses.of(v);
        });
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
        Map<String, VoucherResponse> byId = responses.of(projectId, found.getContent());
        return ListEnvelope.of("vouchers", found.map(v -> byId.get(v.id())).getContent(), found.getTotalElements());
    }

    /** The ids of the live vouchers a customer holds, in every campaign, newest first: a customer's wallet. */
    public List<String> heldBy(String projectId, String customerId, int limit) {
        return repository.findLiveIdsHeldBy(projectId, customerId, org.springframework.data.domain.Limit.of(limit));
    }

    /** The live loyalty cards these customers hold, in every program, oldest first. */
    public List<VoucherResponse> loyaltyCardsHeldBy(String projectId, Collection<String> holderIds) {
        if (holderIds.isEmpty()) {
            return List.of();
        }
        List<Voucher> cards = repository.findAll((root, q, cb) -> cb.and(
                cb.equal(root.get(Voucher_.projectId), projectId),
                root.get(Voucher_.holderId).in(holderIds),
                cb.equal(root.get(Voucher_.type), dev.voucheremulator.spec.VoucherType.LOYALTY_CARD),
                cb.isNull(root.get(Voucher_.deletedAt))),
                Sort.by(Sort.Order.asc(Voucher_.CREATED_AT), Sort.Order.asc(Voucher_.ID)));
        Map<String, VoucherResponse> byId = responses.of(projectId, cards);
        return cards.stream().map(v -> byId.get(v.id())).toList();
    }

    /** The oldest live voucher of a campaign: a STANDALONE campaign's one shared code. */
    public Optional<String> firstOfCampaign(String campaignId) {
        return repository.findFirstLiveId(campaignId);
    }

    /** Live (not deleted) vouchers of a campaign. */
    public int countLive(String projectId, String campaignId) {
        return Math.toIntExact(repository.countByProjectIdAndCampaignIdAndDeletedAtIsNull(projectId, campaignId));
    }

    Optional<Voucher> live(String projectId, String codeOrId) {
        Optional<Voucher> byCode = repository.findByProjectIdAndCodeAndDeletedAtIsNull(projectId, codeOrId);
        if (byCode.isPresent() || !codeOrId.startsWith("v_")) {
            return byCode;
        }
        return repository.findByProjectIdAndIdAndDeletedAtIsNull(projectId, codeOrId);
    }
}
