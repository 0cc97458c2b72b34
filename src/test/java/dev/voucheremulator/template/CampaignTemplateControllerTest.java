package dev.voucheremulator.template;

import static dev.voucheremulator.support.Credentials.appId;
import static dev.voucheremulator.support.ErrorBodyMatchers.voucherifyError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.json.Patch;
import dev.voucheremulator.api.query.Filters;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.campaign.CampaignType;
import dev.voucheremulator.campaign.CodeGeneration;
import dev.voucheremulator.support.ControllerTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ControllerTest(CampaignTemplateController.class)
class CampaignTemplateControllerTest {

    private static final TemplateResponses.Template TEMPLATE = new TemplateResponses.Template(
            "camp_tpl_1", "Summer", null, CampaignType.DISCOUNT_COUPONS, Instant.parse("2025-05-01T10:00:00.5Z"),
            null, "campaign_template", null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CampaignTemplateService templates;

    @Test
    void asksForTheJsonTemplateOnlyWhenExpanded() throws Exception {
        when(templates.get(eq("shop"), eq("camp_tpl_1"), any(Boolean.class))).thenReturn(TEMPLATE);

        mvc.perform(get("/v1/templates/campaigns/camp_tpl_1").with(appId("shop")).param("expand", "json_template"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.campaign_type").value("DISCOUNT_COUPONS"))
                .andExpect(jsonPath("$.created_at").value("2025-05-01T10:00:00.500Z"))
                .andExpect(jsonPath("$.json_template").doesNotExist());
        mvc.perform(get("/v1/templates/campaigns/camp_tpl_1").with(appId("shop"))).andExpect(status().isOk());

        verify(templates).get("shop", "camp_tpl_1", true);
        verify(templates).get("shop", "camp_tpl_1", false);
    }

    @Test
    void rejectsAnUnknownExpansionBeforeTheService() throws Exception {
        mvc.perform(get("/v1/templates/campaigns/camp_tpl_1").with(appId("shop")).param("expand", "campaign"))
                .andExpect(voucherifyError(400, "invalid_query_params",
                        "Query parameter 'expand' should be json_template"));
        verifyNoInteractions(templates);
    }

    @Test
    void bindsTheCursorOrderAndDeepObjectFiltersOfTheList() throws Exception {
        when(templates.list(anyString(), any())).thenReturn(ListEnvelope.cursor(List.of(TEMPLATE), null, false, null));

        mvc.perform(get("/v1/templates/campaigns").with(appId("shop")).param("limit", "5")
                        .param("starting_after_id", "camp_tpl_0").param("order", "-id").param("include_total", "true")
                        .param("filters[junction]", "OR")
                        .param("filters[name][conditions][$in][0]", "Summer,Winter")
                        .param("filters[campaign_type][conditions][$is]", "PROMOTION"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.has_more").value(false))
                .andExpect(jsonPath("$.total").doesNotExist())
                .andExpect(jsonPath("$.data[0].id").value("camp_tpl_1"));

        ArgumentCaptor<TemplateListQuery> query = ArgumentCaptor.forClass(TemplateListQuery.class);
        verify(templates).list(eq("shop"), query.capture());
        assertThat(query.getValue().limit()).isEqualTo(5);
        assertThat(query.getValue().startingAfterId()).isEqualTo("camp_tpl_0");
        assertThat(query.getValue().descending()).isTrue();
        assertThat(query.getValue().includeTotal()).isTrue();
        assertThat(query.getValue().filters().anyOf()).isTrue();
        assertThat(query.getValue().filters().conditions()).containsExactlyInAnyOrder(
                new Filters.Condition("name", "$in", List.of("Summer", "Winter")),
                new Filters.Condition("campaign_type", "$is", List.of("PROMOTION")));
    }

    @Test
    void rejectsBadListParameters() throws Exception {
        mvc.perform(get("/v1/templates/campaigns").with(appId("shop")).param("limit", "0"))
                .andExpect(voucherifyError(400, "invalid_query_params"));
        mvc.perform(get("/v1/templates/campaigns").with(appId("shop")).param("order", "name"))
                .andExpect(voucherifyError(400, "invalid_query_params",
                        "Query parameter 'order' should be one of [id, -id]"));
        mvc.perform(get("/v1/templates/campaigns").with(appId("shop")).param("include_total", "yes"))
                .andExpect(voucherifyError(400, "invalid_query_params"));
        mvc.perform(get("/v1/templates/campaigns").with(appId("shop"))
                        .param("filters[description][conditions][$is]", "x"))
                .andExpect(voucherifyError(400, "invalid_query_params"));
        verifyNoInteractions(templates);
    }

    @Test
    void bindsTheCampaignSetUpWithItsTypedFields() throws Exception {
        mvc.perform(setup("""
                {"name": "Summer 2026", "type": "STATIC", "vouchers_count": 5, "join_once": true,
                 "start_date": "2026-06-01T00:00:00Z", "validity_day_of_week": [1, 5],
                 "metadata": {"region": "EMEA", "priority": 2},
                 "voucher": {"code_config": {"pattern": "SUM-####"}, "redemption": {"quantity": null}}}"""))
                .andExpect(status().isOk());

        ArgumentCaptor<TemplateRequests.CampaignSetup> body = ArgumentCaptor.forClass(TemplateRequests.CampaignSetup.class);
        verify(templates).setupCampaign(eq("shop"), eq("camp_tpl_1"), body.capture());
        TemplateRequests.CampaignSetup setup = body.getValue();
        assertThat(setup.name()).isEqualTo("Summer 2026");
        assertThat(setup.type()).isEqualTo(CodeGeneration.STATIC);
        assertThat(setup.vouchersCount()).isEqualTo(5);
        assertThat(setup.joinOnce()).isTrue();
        assertThat(setup.autoJoin()).isNull();
        assertThat(setup.validity().startDate()).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
        assertThat(setup.validity().validityDayOfWeek()).containsExactly(1, 5);
        assertThat(setup.metadata()).isEqualTo(Map.of("region", "EMEA", "priority", 2));
        assertThat(setup.voucher().codeConfig().pattern()).isEqualTo("SUM-####");
        assertThat(setup.voucher().redemption().quantity()).isNull();
    }

    @Test
    void rejectsACampaignSetUpWithValuesOfTheWrongType() throws Exception {
        mvc.perform(setup("{\"name\": \"S\", \"vouchers_count\": \"5\"}"))
                .andExpect(voucherifyError(400, "invalid_payload", "Property 'vouchers_count' should be an integer"));
        mvc.perform(setup("{\"name\": \"S\", \"start_date\": \"tomorrow\"}"))
                .andExpect(voucherifyError(400, "invalid_payload"));
        mvc.perform(setup("{\"name\": \"S\", \"type\": \"BULK\"}"))
                .andExpect(voucherifyError(400, "invalid_payload",
                        "Property 'type' should be one of AUTO_UPDATE, STATIC, STANDALONE, got BULK"));
        mvc.perform(setup("{\"name\": \"S\", \"join_once\": \"true\"}"))
                .andExpect(voucherifyError(400, "invalid_payload", "Property 'join_once' should be a boolean"));
        mvc.perform(setup("{\"name\": \"S\", \"vouchers_count\": 100001}"))
                .andExpect(voucherifyError(400, "invalid_payload"));
        mvc.perform(setup("{\"name\": \"S\", \"voucher\": {\"code_config\": {\"length\": \"8\"}}}"))
                .andExpect(voucherifyError(400, "invalid_payload",
                        "Property 'voucher.code_config.length' should be an integer"));
        verifyNoInteractions(templates);
    }

    @Test
    void requiresTheFieldsOfATierSetUp() throws Exception {
        mvc.perform(post("/v1/templates/campaigns/camp_tpl_1/tier-setup").with(appId("shop"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Tier\", \"hierarchy\": -1}"))
                .andExpect(voucherifyError(400, "invalid_payload",
                        "Payload should have required property 'campaign_id'; Property 'hierarchy' must be greater than or equal to 0"));
        verifyNoInteractions(templates);
    }

    @Test
    void bindsCreateUpdateAndDelete() throws Exception {
        when(templates.create(anyString(), any())).thenReturn(TEMPLATE);
        when(templates.update(anyString(), anyString(), any())).thenReturn(TEMPLATE);

        mvc.perform(post("/v1/templates/campaigns").with(appId("shop")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Summer\", \"campaign_id\": \"camp_1\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.object").value("campaign_template"));
        verify(templates).create("shop", new TemplateRequests.CreateTemplate("Summer", null, "camp_1", null));

        mvc.perform(put("/v1/templates/campaigns/camp_tpl_1").with(appId("shop"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Summer\", \"description\": \"d\"}"))
                .andExpect(status().isOk());
        verify(templates).update("shop", "camp_tpl_1", new TemplateRequests.UpdateTemplate(Patch.of("Summer"), Patch.of("d")));

        mvc.perform(delete("/v1/templates/campaigns/camp_tpl_1").with(appId("shop")))
                .andExpect(status().isNoContent());
        verify(templates).delete("shop", "camp_tpl_1");
    }

    @Test
    void rejectsANameLongerThanVoucherifyAllows() throws Exception {
        mvc.perform(post("/v1/templates/campaigns").with(appId("shop")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + "x".repeat(201) + "\", \"campaign_id\": \"camp_1\"}"))
                .andExpect(voucherifyError(400, "invalid_payload"));
        verifyNoInteractions(templates);
    }

    @Test
    void rendersTheServicesRefusal() throws Exception {
        when(templates.create(anyString(), any())).thenThrow(
                ApiException.invalidPayload("Payload should have exactly one of 'campaign_id' and 'promotion_tier_id'"));
        when(templates.get("shop", "camp_tpl_gone", false))
                .thenThrow(ApiException.notFound("campaign_template", "camp_tpl_gone"));

        mvc.perform(post("/v1/templates/campaigns").with(appId("shop")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Summer\"}"))
                .andExpect(voucherifyError(400, "invalid_payload",
                        "Payload should have exactly one of 'campaign_id' and 'promotion_tier_id'"));
        mvc.perform(get("/v1/templates/campaigns/camp_tpl_gone").with(appId("shop")))
                .andExpect(voucherifyError(404, "not_found"))
                .andExpect(jsonPath("$.resource_id").value("camp_tpl_gone"));
    }

    private static MockHttpServletRequestBuilder setup(String body) {
        return post("/v1/templates/campaigns/camp_tpl_1/campaign-setup").with(appId("shop"))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
