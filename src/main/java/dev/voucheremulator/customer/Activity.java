package dev.voucheremulator.customer;

import java.util.Map;

/**
 * An event in a customer's activity, as another module reports it through
 * {@link CustomerService#record}: the spec's {@code CustomerActivity.type}, the campaign it concerns,
 * the event's {@code data}, and the figures the customer's {@code summary} adds up.
 */
public record Activity(String type, String campaignId, String campaignType, Map<String, Object> data,
                       Long orderAmount, Long giftAmount, Long points) {

    public static final String PUBLICATION_SUCCEEDED = "customer.publication.succeeded";
    public static final String PUBLICATION_FAILED = "customer.publication.failed";
    public static final String VALIDATION_SUCCEEDED = "customer.validation.succeeded";
    public static final String VALIDATION_FAILED = "customer.validation.failed";
    public static final String REDEMPTION_SUCCEEDED = "customer.redemption.succeeded";
    public static final String REDEMPTION_FAILED = "customer.redemption.failed";
    public static final String ROLLBACK_SUCCEEDED = "customer.redemption.rollback.succeeded";
    public static final String ROLLBACK_FAILED = "customer.redemption.rollback.failed";
    static final String CREATED = "customer.created";
    static final String UPDATED = "customer.updated";
    static final String DELETED = "customer.deleted";
    static final String CUSTOM_EVENT = "customer.custom_event";

    public static Activity of(String type, String campaignId, String campaignType, Map<String, Object> data) {
        return new Activity(type, campaignId, campaignType, data, null, null, null);
    }

    public Activity withFigures(Long orderAmount, Long giftAmount, Long points) {
        return new Activity(type, campaignId, campaignType, data, orderAmount, giftAmount, points);
    }
}
