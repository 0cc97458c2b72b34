package dev.voucheremulator.oauth;

/** The spec's {@code OAuthTokenGenerateResponseBody}; {@code expires_at} is in Unix seconds. */
record OAuthTokenResponse(String accessToken, String clientId, long expiresAt, long expiresIn, String scope,
                          String tokenType) {
}
