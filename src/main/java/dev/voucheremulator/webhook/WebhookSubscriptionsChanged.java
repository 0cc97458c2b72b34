package dev.voucheremulator.webhook;

/** Publish when a project's webhooks change, so deliveries stop using a cached answer for it. */
public record WebhookSubscriptionsChanged(String projectId) {
}
