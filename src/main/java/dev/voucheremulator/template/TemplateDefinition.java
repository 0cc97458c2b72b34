package dev.voucheremulator.template;

import dev.voucheremulator.campaign.CampaignType;
import dev.voucheremulator.campaign.CodeGeneration;
import dev.voucheremulator.campaign.CreateCampaignRequest;
import dev.voucheremulator.spec.ValidityHours;
import dev.voucheremulator.spec.ValidityTimeframe;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a template remembers of its source campaign (or promotion tier): the whole set-up except
 * the name, the category and the number of codes, which Voucherify templates never keep.
 */
record TemplateDefinition(CampaignType campaignType,
                          CodeGeneration type,
                          String description,
                          boolean joinOnce,
                          boolean autoJoin,
                          boolean useVoucherMetadataSchema,
                          Instant startDate,
                          Instant expirationDate,
                          ValidityTimeframe validityTimeframe,
                          List<Integer> validityDayOfWeek,
                          ValidityHours validityHours,
                          String activityDurationAfterPublishing,
                          Map<String, Object> metadata,
                          CreateCampaignRequest.VoucherDefinition voucher) {
}
