package dev.voucheremulator.redemption;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.voucher.VoucherResponse;
import dev.voucheremulator.voucher.VoucherService;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stored redemptions and rollbacks as the API and the dashboard read them; {@link RedemptionService} writes them. */
@Service
@Transactional(readOnly = true)
public class RedemptionReads {

    private final RedemptionRepository repository;
    private final VoucherService vouchers;

    RedemptionReads(RedemptionRepository repository, VoucherService vouchers) {
        this.repository = repository;
        this.vouchers = vouchers;
    }

    RedemptionEntry get(String projectId, String id) {
        return repository.findByProjectIdAndId(projectId, id)
                .map(RedemptionEntry::from)
                .orElseThrow(() -> ApiException.notFound("redemption", id));
    }

    ListEnvelope<RedemptionEntry> list(String projectId, RedemptionListQuery query) {
        Page<Redemption> page = repository.findAll(query.specification(projectId), query.pageable());
        return ListEnvelope.of("redemptions", page.stream().map(RedemptionEntry::from).toList(),
                page.getTotalElements());
    }

    /** GET /v1/vouchers/{code}/redemption: every redemption and rollback of the voucher, newest first. */
    VoucherRedemptionsResponse ofVoucher(String projectId, String codeOrId) {
        VoucherResponse voucher = vouchers.get(projectId, codeOrId);
        List<RedemptionEntry> entries = repository.findByProjectIdAndVoucherIdOrderBySeqDesc(projectId, voucher.id())
                .stream().map(RedemptionEntry::from).toList();
        return VoucherRedemptionsResponse.of(voucher.redemption().quantity(), voucher.redemption().redeemedQuantity(),
                voucher.redemption().url(), entries);
    }

    /** A campaign's redemptions and rollbacks, newest first; {@code page} is 0-based. */
    public Page<RedemptionRow> listOfCampaign(String projectId, String campaignId, int page, int size) {
        Specification<Redemption> ofCampaign = (root, q, cb) -> cb.and(cb.equal(root.get("projectId"), projectId),
                cb.equal(root.get("campaignId"), campaignId));
        return repository.findAll(ofCampaign, PageRequest.of(page, size,
                        Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("seq"))))
                .map(RedemptionRow::from);
    }
}
