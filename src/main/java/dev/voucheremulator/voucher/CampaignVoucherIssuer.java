package dev.voucheremulator.voucher;

/**
 * Creates a voucher inside a campaign when POST /v1/vouchers[/{code}] names one, and deletes
 * vouchers. The campaign feature implements it, because it owns the campaign's template, voucher
 * count and summary; this package only calls it.
 */
public interface CampaignVoucherIssuer {

    /**
     * @param campaignIdOrName the body's {@code campaign_id}, else its {@code campaign} name
     * @param code the code from the path or body; null to generate one
     */
    VoucherResponse issue(String projectId, String campaignIdOrName, String code, CreateVoucherRequest body);

    /**
     * DELETE /v1/vouchers/{code}: deletes the voucher and, when it belongs to a campaign, takes it
     * out of the campaign's {@code vouchers_count} and summary in the same transaction.
     */
    void delete(String projectId, String codeOrId);
}
