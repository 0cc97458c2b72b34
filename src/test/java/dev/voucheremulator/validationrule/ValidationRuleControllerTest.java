package dev.voucheremulator.validationrule;

import static dev.voucheremulator.support.Credentials.appId;
import static dev.voucheremulator.support.ErrorBodyMatchers.voucherifyError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.voucheremulator.api.json.Patch;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.query.Paging;
import dev.voucheremulator.support.ControllerTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

@ControllerTest(ValidationRuleController.class)
class ValidationRuleControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @MockitoBean
    ValidationRuleService rules;

    @MockitoBean
    ValidationRuleAssignmentService assignments;

    @Test
    void bindsTheListQueryParameters() throws Exception {
        when(rules.list(anyString(), any())).thenReturn(ListEnvelope.of("data", List.of(), 0));

        mvc.perform(get("/v1/validation-rules").with(appId("shop")).param("limit", "5").param("page", "2")
                        .param("order", "-name").param("start_date", "2025-01-01T00:00:00Z")
                        .param("end_date", "2025-01-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.object").value("list"))
                .andExpect(jsonPath("$.data_ref").value("data"));

        ArgumentCaptor<ValidationRuleListQuery> query = ArgumentCaptor.forClass(ValidationRuleListQuery.class);
        verify(rules).list(eq("shop"), query.capture());
        assertThat(query.getValue().page()).isEqualTo(new Paging(5, 2));
        assertThat(query.getValue().sort()).isEqualTo(Sort.by(Sort.Order.desc("name"), Sort.Order.desc("seq")));
        assertThat(query.getValue().startDate()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(query.getValue().endDate()).isNotNull();
    }

    @Test
    void rejectsListQueryParametersOfTheWrongTypeOrRange() throws Exception {
        mvc.perform(get("/v1/validation-rules").with(appId("shop")).param("limit", "ten"))
                .andExpect(voucherifyError(400, "invalid_query_params", "Parameter 'limit' should be an integer"));
        mvc.perform(get("/v1/validation-rules").with(appId("shop")).param("limit", "101"))
                .andExpect(voucherifyError(400, "invalid_query_params",
                        "Query parameter 'limit' should be between 1 and 100"));
        mvc.perform(get("/v1/validation-rules").with(appId("shop")).param("order", "priority"))
                .andExpect(voucherifyError(400, "invalid_query_params"));
        mvc.perform(get("/v1/validation-rules").with(appId("shop")).param("start_date", "last week"))
                .andExpect(voucherifyError(400, "invalid_query_params"));
        verifyNoInteractions(rules);
    }

    @Test
    void passesTheRuleTreeAsSentWithItsExplicitNulls() throws Exception {
        String body = """
                {"name": "Gold", "type": "advanced", "context_type": "global",
                 "rules": {"1": {"name": "customer.metadata", "property": null, "conditions": {"$is": [1.5]}},
                           "logic": "1"},
                 "applicable_to": {"included": [{"object": "product", "id": "prod_1", "price": null}]}}""";

        mvc.perform(post("/v1/validation-rules").with(appId("shop")).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isOk());

        ArgumentCaptor<ValidationRuleRequest> request = ArgumentCaptor.forClass(ValidationRuleRequest.class);
        verify(rules).create(eq("shop"), request.capture());
        assertThat(request.getValue().name()).isEqualTo("Gold");
        assertThat(request.getValue().type()).isEqualTo(ValidationRuleType.advanced);
        assertThat(request.getValue().contextType()).isEqualTo("global");
        assertThat(request.getValue().rules()).isEqualTo(json.readTree(body).get("rules"));
        assertThat(request.getValue().rules().at("/1/property").isNull()).isTrue();
        assertThat(request.getValue().bundleRules()).isNull();
        assertThat(request.getValue().applicableTo().included().get(0).get("price").isNull()).isTrue();
        assertThat(request.getValue().applicableTo().includedAll()).isNull();
    }

    @Test
    void tellsAnExplicitNullBundleRulesFromAnOmittedOneOnUpdate() throws Exception {
        ArgumentCaptor<UpdateValidationRuleRequest> request = ArgumentCaptor.forClass(UpdateValidationRuleRequest.class);

        mvc.perform(put("/v1/validation-rules/val_1").with(appId("shop")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"bundle_rules\": null}")).andExpect(status().isOk());
        mvc.perform(put("/v1/validation-rules/val_1").with(appId("shop")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Renamed\"}")).andExpect(status().isOk());

        verify(rules, times(2)).update(eq("shop"), eq("val_1"), request.capture());
        assertThat(request.getAllValues().get(0).bundleRules()).isEqualTo(Patch.of(null));
        assertThat(request.getAllValues().get(1).bundleRules()).isEqualTo(Patch.absent());
        assertThat(request.getAllValues().get(1).name()).isEqualTo(Patch.of("Renamed"));
    }

    @Test
    void rejectsAnUnknownEnumValueOrAWrongShapeWithTheAllowedValues() throws Exception {
        mvc.perform(create("{\"name\": \"Gold\", \"type\": \"fancy\"}"))
                .andExpect(voucherifyError(400, "invalid_payload",
                        "Property 'type' should be one of expression, basic, advanced, complex, got fancy"));
        mvc.perform(create("{\"name\": \"Gold\", \"rules\": [1, 2]}"))
                .andExpect(voucherifyError(400, "invalid_payload", "Property 'rules' should be an object"));
        mvc.perform(create("{\"name\": \"Gold\", \"error\": {\"message\": 42}}"))
                .andExpect(voucherifyError(400, "invalid_payload"));
        mvc.perform(create("{\"name\": \"Gold\", \"applicable_to\": {\"included_all\": \"yes\"}}"))
                .andExpect(voucherifyError(400, "invalid_payload"));
        mvc.perform(create("{\"name\": \" \"}"))
                .andExpect(voucherifyError(400, "invalid_payload", "Payload should have required property 'name'"));
        verifyNoInteractions(rules);
    }

    @Test
    void bindsTheAssignmentPathQueryAndBody() throws Exception {
        when(assignments.create(anyString(), anyString(), any(), anyBoolean())).thenReturn(new AssignmentResponse(
                "asgm_1", "val_1", "camp_1", "campaign", Instant.parse("2025-01-01T00:00:00Z"),
                "validation_rules_assignment"));

        mvc.perform(post("/v1/validation-rules/val_1/assignments").with(appId("shop")).param("force", "true")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"related_object_type\": \"campaign\", \"related_object_id\": \"camp_1\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rule_id").value("val_1"))
                .andExpect(jsonPath("$.created_at").value("2025-01-01T00:00:00.000Z"));
        verify(assignments).create("shop", "val_1", new CreateAssignmentRequest(RelatedObjectType.campaign, "camp_1"),
                true);

        mvc.perform(post("/v1/validation-rules/val_2/assignments").with(appId("shop"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"related_object_id\": \"v_1\"}"))
                .andExpect(status().isOk());
        verify(assignments).create("shop", "val_2", new CreateAssignmentRequest(null, "v_1"), false);
    }

    @Test
    void rejectsABadAssignmentRequest() throws Exception {
        mvc.perform(post("/v1/validation-rules/val_1/assignments").with(appId("shop")).param("force", "maybe")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"related_object_id\": \"camp_1\"}"))
                .andExpect(voucherifyError(400, "invalid_query_params", "Parameter 'force' should be a boolean"));
        mvc.perform(post("/v1/validation-rules/val_1/assignments").with(appId("shop"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"related_object_type\": \"order\", \"related_object_id\": \"ord_1\"}"))
                .andExpect(voucherifyError(400, "invalid_payload"));
        mvc.perform(post("/v1/validation-rules/val_1/assignments").with(appId("shop"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(voucherifyError(400, "invalid_payload",
                        "Payload should have required property 'related_object_id'"));
        verifyNoInteractions(assignments);
    }

    @Test
    void bindsBothPathVariablesOfAnAssignment() throws Exception {
        mvc.perform(delete("/v1/validation-rules/val_1/assignments/asgm_2").with(appId("shop")))
                .andExpect(status().isNoContent());
        verify(rules).deleteAssignment("shop", "val_1", "asgm_2");
    }

    @Test
    void bindsTheFiltersOfTheAssignmentsOfAllRules() throws Exception {
        mvc.perform(get("/v1/validation-rules-assignments").with(appId("shop")).param("related_object_id", "camp_1")
                .param("rule", "val_1").param("limit", "20").param("order", "created_at")).andExpect(status().isOk());
        verify(rules).assignments("shop", "camp_1", "val_1", AssignmentListQuery.of(20, null, "created_at"));
    }

    @Test
    void rendersTheServicesNotFound() throws Exception {
        when(rules.get("shop", "val_missing")).thenThrow(ApiException.notFound("validation_rules", "val_missing"));

        mvc.perform(get("/v1/validation-rules/val_missing").with(appId("shop")))
                .andExpect(voucherifyError(404, "not_found", "Cannot find validation_rules with id val_missing"))
                .andExpect(jsonPath("$.resource_type").value("validation_rules"));
    }

    private static MockHttpServletRequestBuilder create(String body) {
        return post("/v1/validation-rules").with(appId("shop")).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
