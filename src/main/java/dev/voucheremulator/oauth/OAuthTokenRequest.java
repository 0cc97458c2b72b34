package dev.voucheremulator.oauth;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.web.FormBody;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The spec's {@code OAuthTokenGenerateRequestBody}, sent as {@code application/x-www-form-urlencoded}. */
record OAuthTokenRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = "client_credentials") String grantType,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "api",
                description = "Space-delimited scopes") String scope) {

    static final Set<String> SCOPES = Set.of("api", "assets", "async-actions", "campaigns", "categories",
            "client_api", "client_consents", "client_customers", "client_events", "client_promotions",
            "client_publish", "client_qualifications", "client_redeem", "client_redemptions", "client_validate",
            "client_validations", "client_vouchers", "consents", "customers", "events", "exports", "locations",
            "loyalties", "metadata-schemas", "orders", "product-collections", "products", "promotions",
            "publications", "qualifications", "redemptions", "referrals", "rewards", "segments", "skus",
            "task-results", "templates", "trash-bin", "validation-rules-assignments", "validation-rules",
            "validations", "vouchers");

    static OAuthTokenRequest from(Map<String, String[]> form) {
        String grantType = FormBody.single(form, "grant_type");
        if (grantType == null || grantType.isBlank()) {
            throw ApiException.invalidPayload("Field 'grant_type' is required: client_credentials");
        }
        if (!grantType.equals("client_credentials")) {
            throw ApiException.invalidPayload("Field 'grant_type' should be client_credentials");
        }
        String scope = FormBody.single(form, "scope");
        if (scope == null || scope.isBlank()) {
            throw ApiException.invalidPayload("Field 'scope' is required, e.g. 'api' or 'vouchers validations'");
        }
        List<String> scopes = Arrays.stream(scope.trim().split(" +")).toList();
        for (String s : scopes) {
            if (!SCOPES.contains(s)) {
                throw ApiException.invalidPayload("Field 'scope' has an unknown value '" + s
                        + "'; separate scopes with spaces, not commas");
            }
        }
        return new OAuthTokenRequest(grantType, String.join(" ", scopes.stream().distinct().toList()));
    }
}
