package dev.voucheremulator.template;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.voucheremulator.campaign.CampaignType;
import dev.voucheremulator.campaign.CodeGeneration;
import dev.voucheremulator.campaign.CreateCampaignRequest;
import dev.voucheremulator.spec.Validity;
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
                          @JsonUnwrapped Validity validity,
                          String activityDurationAfterPublishing,
                          Map<String, Object> metadata,
                          CreateCampaignRequest.VoucherDefinition voucher) {
}
