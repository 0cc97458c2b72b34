package dev.voucheremulator.oauth;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.web.FormBody;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OAuth endpoints take their fields as a form body (read with {@link FormBody}) and, as
 * documented, the app's X-App-Id and X-App-Token: a bearer token cannot mint or revoke tokens.
 */
@RestController
@RequestMapping("/v1/oauth/token")
@Tag(name = "OAuth")
class OAuthController {

    private final OAuthTokenService tokens;

    OAuthController(OAuthTokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @Operation(operationId = "generate-oauth-token", summary = "Generate OAuth 2.0 Token",
            description = "Send X-App-Id and X-App-Token. The token names this project for 900 seconds.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/x-www-form-urlencoded",
                    schema = @Schema(implementation = OAuthTokenRequest.class))))
    OAuthTokenResponse generate(@Parameter(hidden = true) Project project,
                                @Parameter(hidden = true) HttpServletRequest request) {
        requireAppKeys(request);
        return tokens.issue(project.id(), OAuthTokenRequest.from(FormBody.read(request)));
    }

    @PostMapping("/revoke")
    @Operation(operationId = "revoke-oauth-token", summary = "Revoke OAuth 2.0 Token",
            description = "Send X-App-Id and X-App-Token. Revoking an unknown token changes nothing.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/x-www-form-urlencoded",
                    schema = @Schema(implementation = OAuthTokenRevokeRequest.class))))
    ResponseEntity<Void> revoke(@Parameter(hidden = true) Project project,
                                @Parameter(hidden = true) HttpServletRequest request) {
        requireAppKeys(request);
        tokens.revoke(project.id(), OAuthTokenRevokeRequest.from(FormBody.read(request)));
        return ResponseEntity.noContent().build();
    }

    /** The auth filter has checked the keys when both headers are there; a bearer alone is not enough. */
    private static void requireAppKeys(HttpServletRequest request) {
        if (blank(request.getHeader("X-App-Id")) || blank(request.getHeader("X-App-Token"))) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "OAuth tokens are issued and revoked with the X-App-Id and X-App-Token headers", null, null);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
