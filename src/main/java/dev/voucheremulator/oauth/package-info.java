/**
 * OAuth 2.0 client credentials: {@code POST /v1/oauth/token} issues a bearer token for the project
 * whose app keys asked, {@code POST /v1/oauth/token/revoke} withdraws it. Implements the
 * {@link dev.voucheremulator.api.auth.IssuedTokens} port through which authentication accepts them.
 */
@ApplicationModule(displayName = "OAuth")
package dev.voucheremulator.oauth;

import org.springframework.modulith.ApplicationModule;
