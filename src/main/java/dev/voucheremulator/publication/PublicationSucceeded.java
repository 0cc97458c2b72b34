package dev.voucheremulator.publication;

import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.customer.CustomerResponse;
import dev.voucheremulator.voucher.VoucherResponse;
import java.util.List;

/**
 * Published in the transaction of a successful publication (not of a join_once answer that publishes
 * nothing new): the publication as answered, its customer, its campaign (null for a voucher without one)
 * and the vouchers it handed out, as published.
 */
public record PublicationSucceeded(String projectId, PublicationResponse publication, CustomerResponse customer,
                                   CampaignResponse campaign, List<VoucherResponse> vouchers) {
}
