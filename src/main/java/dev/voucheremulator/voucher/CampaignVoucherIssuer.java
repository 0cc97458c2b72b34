package dev.voucheremulator.voucher;

/**
 * Creates a voucher inside a campaign when POST /v1/vouchers[/{code}] names one. The campaign
 * feature implements it, because it owns the campaign's template and voucher count; this package
 * only calls it.
 */
public interface CampaignVoucherIssuer {

    /**
     * @param campaignIdOrName the body's {@code campaign_id}, else its {@code campaign} name
     * @param code the code from the path or body; null to generate one
     */
    VoucherResponse issue(String projectId, String campaignIdOrName, String code, CreateVoucherRequest body);
}
