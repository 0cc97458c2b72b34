package dev.voucheremulator.management;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a Management API project is configured with, as stored (one jsonb value) and echoed in
 * {@code ManagementProject}. Every value is filled: creation supplies the defaults.
 */
record ProjectSettings(String name, String description, String timezone, String currency, String dialCode,
                       String webhookVersion, List<String> clientTrustedDomains, boolean clientRedeemEnabled,
                       boolean clientPublishEnabled, boolean clientListVouchersEnabled,
                       boolean clientCreateCustomerEnabled, boolean clientLoyaltyEventsEnabled,
                       boolean clientSetVoucherExpirationDateEnabled,
                       CalloutNotifications webhooksCalloutNotifications, UsageNotifications apiUsageNotifications,
                       String clusterId, boolean caseSensitiveCodes, String apiVersion,
                       DefaultCodeConfig defaultCodeConfig) {

    static final String WEBHOOK_VERSION = "v2024-01-01";
    static final String API_VERSION = "v2018-08-01";
    static final String CLUSTER = "eu1";

    /** One limit's notification: sent at {@code value} percent of the limit. */
    record UsageNotification(Boolean enabled, @Min(1) @Max(100) Integer value, Boolean inApp,
                             @Size(max = 100) List<String> emails) {

        static final UsageNotification OFF = new UsageNotification(false, 80, false, List.of());

        UsageNotification over(UsageNotification base) {
            return new UsageNotification(or(enabled, base.enabled), or(value, base.value), or(inApp, base.inApp),
                    or(emails, base.emails));
        }
    }

    /** {@code api_usage_notifications}; {@code redemptions} is answered, never set through the API. */
    record UsageNotifications(@Valid UsageNotification redemptions, @Valid UsageNotification messages,
                              @Valid UsageNotification apiCalls, @Valid UsageNotification bulkApiCalls,
                              @Valid UsageNotification webhookCalls, @Valid UsageNotification cycleCalls) {

        static final UsageNotifications OFF = new UsageNotifications(UsageNotification.OFF, UsageNotification.OFF,
                UsageNotification.OFF, UsageNotification.OFF, UsageNotification.OFF, UsageNotification.OFF);

        UsageNotifications over(UsageNotifications base) {
            return new UsageNotifications(merge(redemptions, base.redemptions), merge(messages, base.messages),
                    merge(apiCalls, base.apiCalls), merge(bulkApiCalls, base.bulkApiCalls),
                    merge(webhookCalls, base.webhookCalls), merge(cycleCalls, base.cycleCalls));
        }

        private static UsageNotification merge(UsageNotification sent, UsageNotification base) {
            return sent == null ? base : sent.over(base);
        }
    }

    record CalloutNotification(Boolean email, Boolean inApp, @Size(max = 100) List<String> emails) {

        static final CalloutNotification OFF = new CalloutNotification(false, false, List.of());

        CalloutNotification over(CalloutNotification base) {
            return new CalloutNotification(or(email, base.email), or(inApp, base.inApp), or(emails, base.emails));
        }
    }

    /** {@code webhooks_callout_notifications}: who hears about failed distributions and webhooks. */
    record CalloutNotifications(@Valid CalloutNotification distributions, @Valid CalloutNotification webhooks) {

        static final CalloutNotifications OFF = new CalloutNotifications(CalloutNotification.OFF,
                CalloutNotification.OFF);

        CalloutNotifications over(CalloutNotifications base) {
            return new CalloutNotifications(
                    distributions == null ? base.distributions : distributions.over(base.distributions),
                    webhooks == null ? base.webhooks : webhooks.over(base.webhooks));
        }
    }

    record DefaultCodeConfig(String charset) {

        static DefaultCodeConfig of(boolean caseSensitive) {
            return new DefaultCodeConfig(caseSensitive
                    ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                    : "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        }
    }

    static ProjectSettings of(ProjectRequests.CreateProject body) {
        boolean caseSensitive = body.caseSensitiveCodes();
        return new ProjectSettings(body.name(), body.description(), body.timezone(), body.currency(),
                body.dialCode(), or(body.webhookVersion(), WEBHOOK_VERSION),
                or(body.clientTrustedDomains(), List.of()), or(body.clientRedeemEnabled(), false),
                or(body.clientPublishEnabled(), false), or(body.clientListVouchersEnabled(), false),
                or(body.clientCreateCustomerEnabled(), false), or(body.clientLoyaltyEventsEnabled(), false),
                or(body.clientSetVoucherExpirationDateEnabled(), false),
                body.webhooksCalloutNotifications() == null ? CalloutNotifications.OFF
                        : body.webhooksCalloutNotifications().over(CalloutNotifications.OFF),
                body.apiUsageNotifications() == null ? UsageNotifications.OFF
                        : body.apiUsageNotifications().over(UsageNotifications.OFF),
                or(body.clusterId(), CLUSTER), caseSensitive, or(body.apiVersion(), API_VERSION),
                DefaultCodeConfig.of(caseSensitive));
    }

    /** Sent values replace stored ones; nested notifications merge field by field. */
    ProjectSettings with(ProjectRequests.UpdateProject body) {
        return new ProjectSettings(or(body.name(), name), or(body.description(), description),
                or(body.timezone(), timezone), or(body.currency(), currency), or(body.dialCode(), dialCode),
                or(body.webhookVersion(), webhookVersion), or(body.clientTrustedDomains(), clientTrustedDomains),
                or(body.clientRedeemEnabled(), clientRedeemEnabled),
                or(body.clientPublishEnabled(), clientPublishEnabled),
                or(body.clientListVouchersEnabled(), clientListVouchersEnabled),
                or(body.clientCreateCustomerEnabled(), clientCreateCustomerEnabled),
                or(body.clientLoyaltyEventsEnabled(), clientLoyaltyEventsEnabled),
                or(body.clientSetVoucherExpirationDateEnabled(), clientSetVoucherExpirationDateEnabled),
                body.webhooksCalloutNotifications() == null ? webhooksCalloutNotifications
                        : body.webhooksCalloutNotifications().over(webhooksCalloutNotifications),
                body.apiUsageNotifications() == null ? apiUsageNotifications
                        : body.apiUsageNotifications().over(apiUsageNotifications),
                clusterId, caseSensitiveCodes, apiVersion,
                body.defaultCodeConfig() == null || body.defaultCodeConfig().charset() == null ? defaultCodeConfig
                        : body.defaultCodeConfig());
    }

    static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
