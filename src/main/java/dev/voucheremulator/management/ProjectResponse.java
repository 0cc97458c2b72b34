package dev.voucheremulator.management;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * {@code ManagementProject}; the create answer ({@code ManagementProjectsCreateResponseBody}) adds the
 * project's app keys, which no other answer repeats. {@code description} is required by the schema: null
 * when unset.
 */
record ProjectResponse(String id, String name, @JsonInclude(JsonInclude.Include.ALWAYS) String description, String timezone, String currency,
                       String dialCode, String webhookVersion, List<String> clientTrustedDomains,
                       boolean clientRedeemEnabled, boolean clientPublishEnabled,
                       boolean clientListVouchersEnabled, boolean clientCreateCustomerEnabled,
                       boolean clientLoyaltyEventsEnabled, boolean clientSetVoucherExpirationDateEnabled,
                       ProjectSettings.CalloutNotifications webhooksCalloutNotifications,
                       ProjectSettings.UsageNotifications apiUsageNotifications, String clusterId,
                       boolean caseSensitiveCodes, String apiVersion, boolean isSandbox, String webhookToken,
                       ProjectSettings.DefaultCodeConfig defaultCodeConfig, AppKey serverSideKey,
                       AppKey clientSideKey, Instant createdAt) {

    record AppKey(String appId, String appToken) {
    }

    static ProjectResponse from(ManagedProject p) {
        return of(p, null, null);
    }

    static ProjectResponse withKeys(ManagedProject p) {
        return of(p, new AppKey(p.appId(), p.appToken()), new AppKey(p.clientAppId(), p.clientAppToken()));
    }

    private static ProjectResponse of(ManagedProject p, AppKey server, AppKey client) {
        ProjectSettings s = p.settings();
        return new ProjectResponse(p.id(), s.name(), s.description(), s.timezone(), s.currency(), s.dialCode(),
                s.webhookVersion(), s.clientTrustedDomains(), s.clientRedeemEnabled(), s.clientPublishEnabled(),
                s.clientListVouchersEnabled(), s.clientCreateCustomerEnabled(), s.clientLoyaltyEventsEnabled(),
                s.clientSetVoucherExpirationDateEnabled(), s.webhooksCalloutNotifications(),
                s.apiUsageNotifications(), s.clusterId(), s.caseSensitiveCodes(), s.apiVersion(), false,
                p.webhookToken(), s.defaultCodeConfig(), server, client, p.createdAt());
    }
}
