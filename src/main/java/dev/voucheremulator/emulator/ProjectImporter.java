package dev.voucheremulator.emulator;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.fixture.ProjectSection;
import dev.voucheremulator.api.fixture.SectionEntries;
import dev.voucheremulator.api.ids.IdRandomness;
import dev.voucheremulator.campaign.CampaignService;
import dev.voucheremulator.campaign.CreateCampaignRequest;
import dev.voucheremulator.customer.CustomerApiService;
import dev.voucheremulator.customer.CustomerRequest;
import dev.voucheremulator.voucher.AddVoucherRequest;
import dev.voucheremulator.voucher.CampaignVoucherIssuer;
import dev.voucheremulator.voucher.CreateVoucherRequest;
import dev.voucheremulator.voucher.VoucherIssueService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a {@link ProjectDocument} into a project through the services the API calls, after the same
 * bean validation, so a fixture is accepted or rejected exactly as the API calls it stands for. All
 * or nothing: one rejected entry rolls the whole load back, and the error names the entry. Customers,
 * campaigns and vouchers load here; the other lists through the {@link ProjectSection} their feature
 * owns. An entry's {@code id} names it for later entries: every later mention is replaced by the new id.
 */
@Service
class ProjectImporter {

    private final CustomerApiService customers;
    private final CampaignService campaigns;
    private final VoucherIssueService vouchers;
    private final CampaignVoucherIssuer campaignVouchers;
    private final Map<String, ProjectSection> sections;
    private final SectionEntries entries;
    private final SeedService seeds;

    ProjectImporter(CustomerApiService customers, CampaignService campaigns, VoucherIssueService vouchers,
                    CampaignVoucherIssuer campaignVouchers, List<ProjectSection> sections, SectionEntries entries,
                    SeedService seeds) {
        this.customers = customers;
        this.campaigns = campaigns;
        this.vouchers = vouchers;
        this.campaignVouchers = campaignVouchers;
        this.sections = sections.stream().collect(Collectors.toMap(ProjectSection::name, Function.identity()));
        this.entries = entries;
        this.seeds = seeds;
    }

    @Transactional
    public void load(String projectId, ProjectDocument document) {
        if (document.formatVersion() != null && document.formatVersion() != ProjectDocument.FORMAT_VERSION) {
            throw ApiException.invalidPayload("format_version should be " + ProjectDocument.FORMAT_VERSION);
        }
        try (IdRandomness.Scope ignored = seeds.enter(projectId)) {
            new Load(projectId, document).run();
        }
    }

    /** One document on its way in: the ids it named so far, and the vouchers a campaign already made. */
    private final class Load {

        private final String projectId;
        private final ProjectDocument document;
        private final Map<String, String> ids = new HashMap<>();
        private final Set<Integer> issuedWithCampaign = new HashSet<>();

        Load(String projectId, ProjectDocument document) {
            this.projectId = projectId;
            this.document = document;
        }

        void run() {
            for (String name : ProjectDocument.SECTIONS) {
                List<Map<String, Object>> list = document.section(name);
                for (int i = 0; i < list.size(); i++) {
                    String where = name + "[" + i + "]";
                    if (list.get(i) == null) {
                        throw ApiException.invalidPayload(where + ": should be an object");
                    }
                    Map<String, Object> entry = resolved(list.get(i));
                    try {
                        ids.putAll(loadOne(name, i, entry));
                    } catch (ApiException e) {
                        throw new ApiException(e.status() == null ? HttpStatus.BAD_REQUEST : e.status(), e.key(),
                                e.getMessage(), where + ": " + e.details(), e.resourceId(), e.resourceType());
                    }
                }
            }
        }

        private Map<String, String> loadOne(String name, int index, Map<String, Object> entry) {
            String ownId = SectionEntries.idOf(entry);
            Map<String, Object> body = SectionEntries.withoutId(entry);
            switch (name) {
                case "customers" -> {
                    return SectionEntries.mapped(ownId,
                            customers.create(projectId, entries.read(body, CustomerRequest.class)).id());
                }
                case "campaigns" -> {
                    return SectionEntries.mapped(ownId, campaign(ownId, body));
                }
                case "vouchers" -> {
                    if (!issuedWithCampaign.contains(index)) {
                        voucher(entries.read(body, CreateVoucherRequest.class));
                    }
                    return Map.of();
                }
                default -> {
                    ProjectSection section = sections.get(name);
                    if (section == null) {
                        throw ApiException.invalidPayload("'" + name + "' cannot be imported");
                    }
                    return section.load(projectId, entry);
                }
            }
        }

        // A STANDALONE campaign makes its one voucher as it is created: with the code the document gives it.
        private String campaign(String ownId, Map<String, Object> body) {
            CreateCampaignRequest request = entries.read(body, CreateCampaignRequest.class);
            AddVoucherRequest standalone = null;
            if ("STANDALONE".equals(String.valueOf(body.get("type")))) {
                List<Map<String, Object>> listed = document.section("vouchers");
                for (int i = 0; i < listed.size() && standalone == null; i++) {
                    Map<String, Object> voucher = listed.get(i);
                    if (voucher != null && voucher.get("code") instanceof String code && !code.isBlank()
                            && names(voucher, ownId, request.name())) {
                        standalone = entries.read(SectionEntries.withoutId(voucher), CreateVoucherRequest.class)
                                .asCampaignOverrides();
                        issuedWithCampaign.add(i);
                    }
                }
            }
            return campaigns.create(projectId, request, standalone).id();
        }

        private static boolean names(Map<String, Object> voucher, String campaignId, String campaignName) {
            Object byId = voucher.get("campaign_id");
            Object byName = voucher.get("campaign");
            return campaignId != null && (campaignId.equals(byId) || campaignId.equals(byName))
                    || campaignName != null && campaignName.equals(byName);
        }

        private void voucher(CreateVoucherRequest body) {
            String campaign = body.campaignIdOrName();
            String code = body.code() == null || body.code().isBlank() ? null : body.code();
            if (campaign == null) {
                vouchers.create(projectId, code, body);
            } else {
                campaignVouchers.issue(projectId, campaign, code, body);
            }
        }

        /** The entry with every id named earlier replaced by the one its resource got. */
        private Map<String, Object> resolved(Map<String, Object> entry) {
            Map<String, Object> out = new LinkedHashMap<>();
            entry.forEach((key, value) -> out.put(key, "id".equals(key) ? value : replaced(value)));
            return out;
        }

        @SuppressWarnings("unchecked")
        private Object replaced(Object value) {
            if (value instanceof String s) {
                return ids.getOrDefault(s, s);
            }
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> out = new LinkedHashMap<>();
                ((Map<String, Object>) map).forEach((k, v) -> out.put(k, replaced(v)));
                return out;
            }
            if (value instanceof List<?> list) {
                List<Object> out = new ArrayList<>(list.size());
                list.forEach(v -> out.add(replaced(v)));
                return out;
            }
            return value;
        }
    }
}
