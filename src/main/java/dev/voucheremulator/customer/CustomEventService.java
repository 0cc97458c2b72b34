package dev.voucheremulator.customer;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.schema.ProjectSchemas;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** POST /v1/events: a custom event in the customer's activity, and {@link CustomEventTracked} for listeners. */
@Service
class CustomEventService {

    private final CustomerService customers;
    private final ApplicationEventPublisher publisher;
    private final ProjectSchemas schemas;

    CustomEventService(CustomerService customers, ApplicationEventPublisher publisher, ProjectSchemas schemas) {
        this.customers = customers;
        this.schemas = schemas;
        this.publisher = publisher;
    }

    @Transactional
    EventResponse track(String projectId, TrackEventRequest body) {
        if (body == null || body.event() == null || body.event().isBlank()) {
            throw ApiException.invalidPayload("Payload should have required property 'event'");
        }
        if (body.event().length() > 300) {
            throw ApiException.invalidPayload("Property 'event' should not be longer than 300 characters");
        }
        if (body.customer() == null) {
            throw ApiException.invalidPayload("Payload should have required property 'customer'");
        }
        schemas.checkEvent(projectId, body.event(), body.metadata());
        CustomerResponse customer = customers.resolve(projectId, body.customer());
        Map<String, Object> metadata = body.metadata() == null ? Map.of() : body.metadata();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("customer", Map.of("id", customer.id(), "object", "customer"));
        data.put("event", Map.of("type", body.event(), "metadata", metadata));
        customers.record(projectId, customer.id(), Activity.of(Activity.CUSTOM_EVENT, null, null, data));
        publisher.publishEvent(new CustomEventTracked(projectId, customer.id(), body.event(), metadata,
                body.loyalty() == null ? null : body.loyalty().code(),
                body.referral() == null ? null : body.referral().code(),
                body.referral() == null ? null : body.referral().referrerId(), customers.now()));
        return new EventResponse("event", body.event(), EventResponse.EventCustomer.from(customer), null, null,
                metadata);
    }
}
