package dev.voucheremulator.publication;

import static dev.voucheremulator.support.Credentials.appId;
import static dev.voucheremulator.support.ErrorBodyMatchers.voucherifyError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.customer.CustomerRef;
import dev.voucheremulator.support.ControllerTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ControllerTest(PublicationController.class)
class PublicationControllerTest {

    private static final PublicationResponse PUBLISHED = new PublicationResponse("pub_1", "publication",
            Instant.parse("2025-05-06T07:08:09Z"), "cust_1", null, Map.of("source", "newsletter"), "API", null,
            "SUCCESS", null, List.of("v_1", "v_2"), null, List.of("WELCOME-1", "WELCOME-2"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PublicationService publications;

    final ArgumentCaptor<PublicationService.Command> command = ArgumentCaptor.forClass(PublicationService.Command.class);

    @BeforeEach
    void publishes() {
        when(publications.create(anyString(), any())).thenReturn(new PublicationService.Outcome(PUBLISHED, null));
    }

    @Test
    void turnsTheBodyIntoACommand() throws Exception {
        mvc.perform(create("""
                        {"campaign": {"name": "Welcome", "count": 2}, "source_id": "src-1", "channel": "email",
                         "customer": {"source_id": "alice", "email": "alice@example.com", "metadata": {"age": 30}},
                         "metadata": {"source": "newsletter"}}""").param("join_once", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("pub_1"))
                .andExpect(jsonPath("$.created_at").value("2025-05-06T07:08:09.000Z"))
                .andExpect(jsonPath("$.vouchers_id[1]").value("v_2"))
                // tracking_id and source_id are always written, null or not; other nulls are left out
                .andExpect(jsonPath("$", hasKey("tracking_id")))
                .andExpect(jsonPath("$", hasKey("source_id")))
                .andExpect(jsonPath("$", not(hasKey("voucher"))));

        verify(publications).create(eq("shop"), command.capture());
        assertThat(command.getValue()).isEqualTo(new PublicationService.Command(null, "Welcome", 2,
                new CustomerRef(null, "alice", null, "alice@example.com", null, Map.of("age", 30)), "src-1",
                Map.of("source", "newsletter"), "email", true));
    }

    @Test
    void takesAPlainCampaignNameAsOneCode() throws Exception {
        mvc.perform(create("{\"campaign\": \"Welcome\", \"customer\": {\"id\": \"cust_1\"}}"))
                .andExpect(status().isOk());

        verify(publications).create(eq("shop"), command.capture());
        assertThat(command.getValue().campaign()).isEqualTo("Welcome");
        assertThat(command.getValue().count()).isEqualTo(1);
        assertThat(command.getValue().joinOnce()).isFalse();
        assertThat(command.getValue().customer().id()).isEqualTo("cust_1");
    }

    @Test
    void rejectsABodyWithoutCustomerOrWithWrongTypes() throws Exception {
        mvc.perform(create("{\"campaign\": \"Welcome\"}"))
                .andExpect(voucherifyError(400, "invalid_payload", "Payload should have required property 'customer'"));
        mvc.perform(create("{\"campaign\": {\"name\": \"Welcome\", \"count\": \"2\"}, \"customer\": {\"id\": \"c\"}}"))
                .andExpect(voucherifyError(400, "invalid_payload", "Property 'campaign.count' should be an integer"));
        mvc.perform(create("{\"customer\": \"alice\"}"))
                .andExpect(voucherifyError(400, "invalid_payload"));
        mvc.perform(create("{\"customer\": {\"id\": \"c\"}, \"metadata\": [1]}"))
                .andExpect(voucherifyError(400, "invalid_payload", "Property 'metadata' should be an object"));
        mvc.perform(create("{\"customer\": {\"id\": \"c\"}}").param("join_once", "sometimes"))
                .andExpect(voucherifyError(400, "invalid_query_params", "Parameter 'join_once' should be a boolean"));
        mvc.perform(create("{\"customer\": {\"id\": \"c\"},}"))
                .andExpect(voucherifyError(400, "invalid_payload", "Invalid JSON: the request body could not be parsed"));
        verifyNoInteractions(publications);
    }

    @Test
    void turnsTheDeepObjectQueryOfGetCreateIntoACommand() throws Exception {
        mvc.perform(get("/v1/publications/create").with(appId("shop"))
                        .param("customer[source_id]", "alice").param("customer[name]", "Alice")
                        .param("customer[metadata][tier]", "gold").param("campaign[name]", "Welcome")
                        .param("campaign[count]", "1").param("metadata[utm]", "sms").param("join_once", "TRUE"))
                .andExpect(status().isOk());

        verify(publications).create(eq("shop"), command.capture());
        assertThat(command.getValue()).isEqualTo(new PublicationService.Command(null, "Welcome", 1,
                new CustomerRef(null, "alice", "Alice", null, null, Map.of("tier", "gold")), null,
                Map.of("utm", "sms"), null, true));
    }

    @Test
    void rejectsADeepObjectQueryWithoutCustomerOrForSeveralCodes() throws Exception {
        mvc.perform(get("/v1/publications/create").with(appId("shop")).param("campaign", "Welcome"))
                .andExpect(voucherifyError(400, "invalid_query_params", "Query should have required property 'customer'"));
        mvc.perform(get("/v1/publications/create").with(appId("shop")).param("customer[id]", "cust_1")
                        .param("campaign[count]", "two"))
                .andExpect(voucherifyError(400, "invalid_query_params",
                        "Query parameter 'campaign[count]' should be an integer"));
        mvc.perform(get("/v1/publications/create").with(appId("shop")).param("customer[id]", "cust_1")
                        .param("campaign[count]", "2"))
                .andExpect(voucherifyError(400, "too_many_vouchers_requested"));
        verifyNoInteractions(publications);
    }

    @Test
    void rendersARefusalTheServiceRecorded() throws Exception {
        when(publications.create(anyString(), any())).thenReturn(new PublicationService.Outcome(null,
                new ApiException(HttpStatus.BAD_REQUEST, "voucher_already_published", "Voucher already published",
                        "Voucher WELCOME-1 is already published", "WELCOME-1", "voucher")));

        mvc.perform(create("{\"voucher\": \"WELCOME-1\", \"customer\": {\"id\": \"cust_1\"}}"))
                .andExpect(voucherifyError(400, "voucher_already_published", "Voucher WELCOME-1 is already published"))
                .andExpect(jsonPath("$.resource_id").value("WELCOME-1"))
                .andExpect(jsonPath("$.resource_type").value("voucher"));
    }

    @Test
    void bindsTheListQuery() throws Exception {
        when(publications.list(anyString(), any())).thenReturn(ListEnvelope.of("publications", List.of(), 0));

        mvc.perform(get("/v1/publications").with(appId("shop")).param("limit", "20").param("page", "3")
                        .param("order", "-voucher_code").param("result", "success"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.object").value("list"))
                .andExpect(jsonPath("$.publications").isEmpty());

        ArgumentCaptor<PublicationListQuery> query = ArgumentCaptor.forClass(PublicationListQuery.class);
        verify(publications).list(eq("shop"), query.capture());
        assertThat(query.getValue().paging().limit()).isEqualTo(20);
        assertThat(query.getValue().paging().page()).isEqualTo(3);
        assertThat(query.getValue().sort()).isEqualTo(
                Sort.by(Sort.Order.desc("voucherCode"), Sort.Order.desc("seq")));
    }

    @Test
    void rejectsABadListQuery() throws Exception {
        mvc.perform(get("/v1/publications").with(appId("shop")).param("page", "1001"))
                .andExpect(voucherifyError(400, "page_over_limit"));
        mvc.perform(get("/v1/publications").with(appId("shop")).param("limit", "-1"))
                .andExpect(voucherifyError(400, "invalid_query_params"));
        mvc.perform(get("/v1/publications").with(appId("shop")).param("result", "MAYBE"))
                .andExpect(voucherifyError(400, "invalid_query_params",
                        "Query parameter 'result' should be one of SUCCESS, FAILURE"));
        mvc.perform(get("/v1/publications").with(appId("shop")).param("filters[channel][conditions][$is]", "API"))
                .andExpect(voucherifyError(400, "invalid_query_params"));
        verifyNoInteractions(publications);
    }

    @Test
    void refusesAnUnauthenticatedPublication() throws Exception {
        mvc.perform(post("/v1/publications").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"campaign\": \"Welcome\", \"customer\": {\"id\": \"cust_1\"}}"))
                .andExpect(voucherifyError(401, "unauthorized"));
        verifyNoInteractions(publications);
    }

    private static MockHttpServletRequestBuilder create(String body) {
        return post("/v1/publications").with(appId("shop")).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
