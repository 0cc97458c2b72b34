package dev.voucheremulator.publication;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.voucheremulator.customer.CustomerRef;
import java.util.Map;

/**
 * {@code PublicationsCreateRequestBody}: a specific {@code voucher} code, or a {@code campaign}
 * to take codes from (a name or id as a string, or {@code {name, count}}); the voucher wins when
 * both are sent.
 */
record CreatePublicationRequest(String voucher,
                                Campaign campaign,
                                CustomerRef customer,
                                String sourceId,
                                Map<String, Object> metadata,
                                String channel) {

    /** {@code CreatePublicationCampaign}; the official examples also send a plain campaign name. */
    record Campaign(String name, Integer count) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        Campaign {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Campaign named(String name) {
            return new Campaign(name, null);
        }
    }
}
