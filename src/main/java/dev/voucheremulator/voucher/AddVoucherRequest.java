package dev.voucheremulator.voucher;

import dev.voucheremulator.spec.CodeConfig;
import dev.voucheremulator.spec.RedemptionLimit;
import java.time.Instant;
import java.util.Map;

/**
 * Body of POST /v1/campaigns/{campaignId}/vouchers and .../vouchers/{code}
 * ({@code CampaignsVouchersCreateInBulkRequestBody} / {@code CampaignsVouchersCreateRequestBody}).
 * Every value that is set wins over the campaign's {@link VoucherTemplate}.
 */
public record AddVoucherRequest(String code,
                                String category,
                                String categoryId,
                                Map<String, Object> metadata,
                                RedemptionLimit redemption,
                                String additionalInfo,
                                Instant startDate,
                                Instant expirationDate,
                                CodeConfig codeConfig) {
}
