package dev.voucheremulator.oauth;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.web.FormBody;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** The spec's {@code OAuthTokenRevokeRequestBody}, sent as {@code application/x-www-form-urlencoded}. */
record OAuthTokenRevokeRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String accessToken) {

    static OAuthTokenRevokeRequest from(Map<String, String[]> form) {
        String token = FormBody.single(form, "access_token");
        if (token == null || token.isBlank()) {
            throw ApiException.invalidPayload("Field 'access_token' is required");
        }
        return new OAuthTokenRevokeRequest(token.trim());
    }
}
