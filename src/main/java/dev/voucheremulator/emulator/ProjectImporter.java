package dev.voucheremulator.emulator;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.IdRandomness;
import dev.voucheremulator.campaign.CampaignService;
import dev.voucheremulator.campaign.CreateCampaignRequest;
import dev.voucheremulator.customer.CustomerApiService;
import dev.voucheremulator.customer.CustomerRequest;
import dev.voucheremulator.voucher.CampaignVoucherIssuer;
import dev.voucheremulator.voucher.CreateVoucherRequest;
import dev.voucheremulator.voucher.VoucherIssueService;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a {@link ProjectDocument} into a project through the services the API calls, after the same
 * bean validation, so a fixture is accepted or rejected exactly as the API calls it stands for. All
 * or nothing: one rejected entry rolls the whole load back, and the error names the entry.
 */
@Service
class ProjectImporter {

    private final CustomerApiService customers;
    private final CampaignService campaigns;
    private final VoucherIssueService vouchers;
    private final CampaignVoucherIssuer campaignVouchers;
    private final SeedService seeds;
    private final Validator validator;
    private final JsonMapper json;

    ProjectImporter(CustomerApiService customers, CampaignService campaigns, VoucherIssueService vouchers,
                    CampaignVoucherIssuer campaignVouchers, SeedService seeds, Validator validator, JsonMapper json) {
        this.customers = customers;
        this.campaigns = campaigns;
        this.vouchers = vouchers;
        this.campaignVouchers = campaignVouchers;
        this.seeds = seeds;
        this.validator = validator;
        this.json = json;
    }

    @Transactional
    public void load(String projectId, ProjectDocument document) {
        if (document.formatVersion() != null && document.formatVersion() != ProjectDocument.FORMAT_VERSION) {
            throw ApiException.invalidPayload("format_version should be " + ProjectDocument.FORMAT_VERSION);
        }
        try (IdRandomness.Scope ignored = seeds.enter(projectId)) {
            each("customers", document.customersOrEmpty(), CustomerRequest.class,
                    (i, body) -> customers.create(projectId, body));
            each("campaigns", document.campaignsOrEmpty(), CreateCampaignRequest.class,
                    (i, body) -> campaigns.create(projectId, body));
            each("vouchers", document.vouchersOrEmpty(), CreateVoucherRequest.class, (i, body) -> {
                String campaign = body.campaignIdOrName();
                String code = body.code() == null || body.code().isBlank() ? null : body.code();
                if (campaign == null) {
                    vouchers.create(projectId, code, body);
                } else {
                    campaignVouchers.issue(projectId, campaign, code, body);
                }
            });
        }
    }

    private <T> void each(String list, List<Map<String, Object>> entries, Class<T> type, BiConsumer<Integer, T> create) {
        for (int i = 0; i < entries.size(); i++) {
            String where = list + "[" + i + "]";
            T body;
            try {
                body = json.convertValue(entries.get(i), type);
            } catch (JacksonException e) {
                throw ApiException.invalidPayload(where + ": " + e.getOriginalMessage());
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidPayload(where + ": " + e.getMessage());
            }
            Set<ConstraintViolation<T>> violations = validator.validate(body);
            if (!violations.isEmpty()) {
                ConstraintViolation<T> first = violations.iterator().next();
                throw ApiException.invalidPayload(where + "." + first.getPropertyPath() + " " + first.getMessage());
            }
            try {
                create.accept(i, body);
            } catch (ApiException e) {
                throw new ApiException(e.status() == null ? HttpStatus.BAD_REQUEST : e.status(), e.key(),
                        e.getMessage(), where + ": " + e.details(), e.resourceId(), e.resourceType());
            }
        }
    }
}
