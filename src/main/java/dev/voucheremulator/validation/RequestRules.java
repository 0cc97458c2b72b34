package dev.voucheremulator.validation;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.validation.StackableRequest.RedeemableRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The shape checks of a validation or redemption body: failing them is a 400 and records nothing. */
public final class RequestRules {

    private static final List<String> OBJECTS = List.of(Candidate.VOUCHER, Candidate.PROMOTION_TIER,
            Candidate.PROMOTION_STACK);

    private RequestRules() {
    }

    /** The body with every redeemable's {@code object} filled in (the schema's default is voucher). */
    public static StackableRequest checked(StackableRequest body) {
        if (body == null) {
            throw ApiException.invalidPayload("The request body should be a JSON object");
        }
        List<RedeemableRef> given = body.redeemables();
        if (given == null) {
            throw ApiException.invalidPayload("Payload should have required property 'redeemables'");
        }
        if (given.isEmpty() || given.size() > StackableRequest.MAX_REDEEMABLES) {
            throw ApiException.invalidPayload("Property 'redeemables' should have 1 to "
                    + StackableRequest.MAX_REDEEMABLES + " items");
        }
        List<RedeemableRef> redeemables = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean duplicated = false;
        for (int i = 0; i < given.size(); i++) {
            RedeemableRef ref = given.get(i);
            if (ref == null) {
                throw ApiException.invalidPayload("Property 'redeemables[" + i + "]' should be an object");
            }
            if (ref.id() == null || ref.id().isBlank()) {
                throw ApiException.invalidPayload("Property 'redeemables[" + i + "]' should have required property 'id'");
            }
            String object = ref.object() == null ? Candidate.VOUCHER : ref.object();
            if (!OBJECTS.contains(object)) {
                throw ApiException.invalidPayload("Property 'redeemables[" + i + "].object' should be one of "
                        + String.join(", ", OBJECTS));
            }
            duplicated |= !seen.add(object + "\n" + ref.id());
            redeemables.add(new RedeemableRef(object, ref.id(), ref.gift(), ref.reward()));
        }
        if (duplicated) {
            throw ApiException.badRequest("duplicated_redeemables", "Duplicated redeemables detected",
                    "Duplicated redeemables detected in one request");
        }
        if (redeemables.size() > 1 && redeemables.stream().anyMatch(r -> r.object().equals(Candidate.PROMOTION_STACK))) {
            throw ApiException.badRequest("invalid_redeemables", "Invalid redeemables",
                    "Promotion Stack cannot be used with other redeemables");
        }
        if (body.order() != null && body.order().items() != null) {
            if (body.order().items().size() > StackableRequest.MAX_ORDER_ITEMS) {
                throw ApiException.invalidPayload("Property 'order.items' should have at most "
                        + StackableRequest.MAX_ORDER_ITEMS + " items");
            }
            for (int i = 0; i < body.order().items().size(); i++) {
                if (body.order().items().get(i) == null) {
                    throw ApiException.invalidPayload("Property 'order.items[" + i + "]' should be an object");
                }
            }
        }
        return new StackableRequest(redeemables, body.order(), body.customer(), body.session(), body.trackingId(),
                body.metadata(), body.options());
    }
}
