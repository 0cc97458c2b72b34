package dev.voucheremulator.category;

import static dev.voucheremulator.support.Credentials.appId;
import static dev.voucheremulator.support.Credentials.bearer;
import static dev.voucheremulator.support.ErrorBodyMatchers.voucherifyError;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.voucheremulator.api.auth.ProjectDirectory;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.support.ControllerTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@ControllerTest(CategoryController.class)
class CategoryControllerTest {

    private static final CategoryResponse SHOES = new CategoryResponse("cat_0123456789abcdef01", "Shoes", 2,
            Instant.parse("2025-01-02T03:04:05Z"), null, "category");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CategoryService categories;

    @Autowired
    ProjectDirectory projects;

    @Test
    void listsTheCategoriesOfTheProjectTheAppIdNames() throws Exception {
        when(categories.list("shop")).thenReturn(ListEnvelope.of(List.of(SHOES)));

        mvc.perform(get("/v1/categories").with(appId("shop")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.object").value("list"))
                .andExpect(jsonPath("$.data_ref").value("data"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.data[0].id").value("cat_0123456789abcdef01"))
                // the wire format: snake_case, timestamps with milliseconds, nulls left out
                .andExpect(jsonPath("$.data[0].created_at").value("2025-01-02T03:04:05.000Z"))
                .andExpect(jsonPath("$.data[0].updated_at").doesNotExist());
        verify(projects).ensureExists("shop");
    }

    @Test
    void aBearerTokenAloneNamesTheProject() throws Exception {
        when(categories.list("tok_1")).thenReturn(ListEnvelope.of(List.of()));

        mvc.perform(get("/v1/categories").with(bearer("tok_1"))).andExpect(status().isOk());
        verify(categories).list("tok_1");
    }

    @Test
    void bindsThePathVariableAndTheBody() throws Exception {
        when(categories.update(anyString(), anyString(), any())).thenReturn(SHOES);

        mvc.perform(put("/v1/categories/cat_0123456789abcdef01").with(appId("shop"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Shoes\", \"hierarchy\": 2}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Shoes"));
        verify(categories).update("shop", "cat_0123456789abcdef01", new CategoryRequest("Shoes", 2));
    }

    @Test
    void deletesWithNoContent() throws Exception {
        mvc.perform(delete("/v1/categories/cat_1").with(appId("shop"))).andExpect(status().isNoContent())
                .andExpect(content().string(""));
        verify(categories).delete("shop", "cat_1");
    }

    @Test
    void rejectsMissingCredentialsWithAVoucherifyError() throws Exception {
        mvc.perform(get("/v1/categories")).andExpect(voucherifyError(401, "unauthorized"));
        mvc.perform(get("/v1/categories").header("X-App-Id", "shop"))
                .andExpect(voucherifyError(401, "unauthorized"));
        mvc.perform(get("/v1/categories").header("Authorization", "Basic c2hvcDpzZWNyZXQ="))
                .andExpect(voucherifyError(401, "unauthorized"));
        verifyNoInteractions(categories, projects);
    }

    @Test
    void rejectsMalformedJson() throws Exception {
        mvc.perform(post("/v1/categories").with(appId("shop")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Shoes\", "))
                .andExpect(voucherifyError(400, "invalid_payload", "Invalid JSON: the request body could not be parsed"));
        mvc.perform(post("/v1/categories").with(appId("shop")).contentType(MediaType.APPLICATION_JSON))
                .andExpect(voucherifyError(400, "invalid_payload"));
        mvc.perform(post("/v1/categories").with(appId("shop")).contentType(MediaType.APPLICATION_JSON)
                        .content("[1, 2]"))
                .andExpect(voucherifyError(400, "invalid_payload", "The request body should be a JSON object"));
        verifyNoInteractions(categories);
    }

    @Test
    void rejectsScalarsOfTheWrongTypeInsteadOfCoercingThem() throws Exception {
        mvc.perform(post("/v1/categories").with(appId("shop")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Shoes\", \"hierarchy\": \"2\"}"))
                .andExpect(voucherifyError(400, "invalid_payload", "Property 'hierarchy' should be an integer"));
        mvc.perform(post("/v1/categories").with(appId("shop")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": 123, \"hierarchy\": 2}"))
                .andExpect(voucherifyError(400, "invalid_payload", "Property 'name' should be a string, got 123"));
        mvc.perform(post("/v1/categories").with(appId("shop")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Shoes\", \"hierarchy\": 1.5}"))
                .andExpect(voucherifyError(400, "invalid_payload"));
        verifyNoInteractions(categories);
    }

    @Test
    void rejectsABodyThatFailsBeanValidation() throws Exception {
        mvc.perform(post("/v1/categories").with(appId("shop")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"hierarchy\": -1}"))
                .andExpect(voucherifyError(400, "invalid_payload",
                        "Payload should have required property 'name'; Property 'hierarchy' must be greater than or equal to 0"));
        verifyNoInteractions(categories);
    }

    @Test
    void rejectsAnUnsupportedMethodWithTheAllowedOnes() throws Exception {
        mvc.perform(patch("/v1/categories/cat_1").with(appId("shop")))
                .andExpect(voucherifyError(405, "method_not_allowed"))
                .andExpect(header().string("Allow", containsString("PUT")));
    }

    @Test
    void rejectsAnUnsupportedMediaType() throws Exception {
        mvc.perform(post("/v1/categories").with(appId("shop")).contentType(MediaType.TEXT_PLAIN).content("Shoes"))
                .andExpect(voucherifyError(415, "unsupported_media_type"));
        mvc.perform(post("/v1/categories").with(appId("shop")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("name=Shoes&hierarchy=2"))
                .andExpect(voucherifyError(415, "unsupported_media_type"));
        verifyNoInteractions(categories);
    }

    // Status only: a client that accepts no JSON cannot take the JSON error body either, so the
    // advice's handler gives way and Spring answers 406 without a body.
    @Test
    void answersAClientThatAcceptsNoJsonWithNotAcceptable() throws Exception {
        when(categories.get("shop", "cat_1")).thenReturn(SHOES);

        mvc.perform(get("/v1/categories/cat_1").with(appId("shop")).accept(MediaType.APPLICATION_XML))
                .andExpect(status().isNotAcceptable());
    }

    @Test
    void answersAnUnknownRouteWithNotFound() throws Exception {
        mvc.perform(get("/v1/categories/cat_1/children").with(appId("shop")))
                .andExpect(voucherifyError(404, "not_found"));
    }

    @Test
    void rendersTheServicesApiExceptionWithItsStatusKeyAndResource() throws Exception {
        when(categories.get("shop", "cat_missing")).thenThrow(ApiException.notFound("category", "cat_missing"));
        doThrow(ApiException.duplicate("category", "name", "Shoes")).when(categories).create(anyString(), any());

        mvc.perform(get("/v1/categories/cat_missing").with(appId("shop")))
                .andExpect(voucherifyError(404, "not_found", "Cannot find category with id cat_missing"))
                .andExpect(jsonPath("$.resource_id").value("cat_missing"))
                .andExpect(jsonPath("$.resource_type").value("category"));
        mvc.perform(post("/v1/categories").with(appId("shop")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Shoes\", \"hierarchy\": 0}"))
                .andExpect(voucherifyError(409, "duplicate_found"))
                .andExpect(jsonPath("$.resource_id").value("Shoes"));
    }

    @Test
    void rendersAnUnexpectedFailureAsAnInternalError() throws Exception {
        when(categories.list("shop")).thenThrow(new IllegalStateException("boom"));

        mvc.perform(get("/v1/categories").with(appId("shop")))
                .andExpect(voucherifyError(500, "internal_error"))
                .andExpect(content().string(not(containsString("boom"))));
    }
}
