package dev.voucheremulator.webhook;

import dev.voucheremulator.campaign.CampaignChanged;
import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.campaign.CampaignService;
import dev.voucheremulator.customer.CustomerCreated;
import dev.voucheremulator.customer.CustomerService;
import dev.voucheremulator.loyalty.LoyaltyPointsChanged;
import dev.voucheremulator.publication.PublicationSucceeded;
import dev.voucheremulator.redemption.RedemptionRecorded;
import dev.voucheremulator.voucher.VoucherChanged;
import dev.voucheremulator.voucher.VoucherResponse;
import dev.voucheremulator.voucher.VoucherService;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The domain events other features publish, as webhook events: each listener runs in the publisher's
 * transaction and builds its {@code data} (the shapes of Voucherify's webhook schemas) only when the
 * project has a webhook for that type.
 */
@Component
class WebhookEvents {

    private final WebhookOutbox outbox;
    private final SubscriptionCache subscriptions;
    private final CampaignService campaigns;
    private final VoucherService vouchers;
    private final CustomerService customers;
    private final JsonMapper json;
    private final Clock clock;

    WebhookEvents(WebhookOutbox outbox, SubscriptionCache subscriptions, CampaignService campaigns,
                  VoucherService vouchers, CustomerService customers, JsonMapper json, Clock clock) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.campaigns = campaigns;
        this.vouchers = vouchers;
        this.customers = customers;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void redemption(RedemptionRecorded event) {
        if (!subscribed(event.projectId(), event.type())) {
            return;
        }
        JsonNode redemption = json.valueToTree(event.redemption().get());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("customer", redemption.get("customer"));
        data.put("order", redemption.get("order"));
        JsonNode voucher = redemption.get("voucher");
        String campaignId = voucher == null ? null : text(voucher, "campaign_id");
        data.put("campaign", campaignId == null ? null
                : campaigns.findById(event.projectId(), campaignId).orElse(null));
        data.put("voucher", voucher);
        String holderId = voucher == null ? null : text(voucher, "holder_id");
        if (holderId != null) {
            data.put("holder", customers.find(event.projectId(), holderId).orElse(null));
        }
        data.put("promotion_tier", redemption.get("promotion_tier"));
        data.put("redemption", redemption);
        if (event.rollback() != null) {
            data.put("redemption_rollback", event.rollback().get());
        }
        data.put("created_at", clock.instant());
        outbox.announce(event.projectId(), event.type(), event.redemptionId(), data);
    }

    @EventListener
    @Transactional
    void publication(PublicationSucceeded event) {
        String projectId = event.projectId();
        if (subscribed(projectId, "publication.succeeded")) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("customer", event.customer());
            data.put("campaign", event.campaign());
            data.put("voucher", event.vouchers().isEmpty() ? null : event.vouchers().get(0));
            data.put("publication", event.publication());
            outbox.announce(projectId, "publication.succeeded", event.publication().id(), data);
        }
        if (subscribed(projectId, "voucher.published")) {
            for (VoucherResponse voucher : event.vouchers()) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("customer", event.customer());
                data.put("campaign", event.campaign());
                data.put("voucher", voucher);
                data.put("publication", event.publication());
                data.put("created_at", clock.instant());
                outbox.announce(projectId, "voucher.published", voucher.id(), data);
            }
        }
    }

    @EventListener
    @Transactional
    void campaign(CampaignChanged event) {
        if (!subscribed(event.projectId(), event.type())) {
            return;
        }
        CampaignResponse campaign = event.campaign().get();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("campaign", campaign);
        if (event.type().equals("campaign.created")) {
            data.put("created_at", clock.instant());
        } else if (event.type().equals("campaign.deleted")) {
            data.put("deleted_at", clock.instant());
        }
        outbox.announce(event.projectId(), event.type(), event.campaignId(), data);
    }

    @EventListener
    @Transactional
    void loyaltyPoints(LoyaltyPointsChanged event) {
        String type = switch (event.change()) {
            case "loyalty.points.added" -> "voucher.loyalty_card.points_added";
            case "loyalty.points.expired" -> "voucher.loyalty_card.points_expired";
            default -> null;
        };
        if (type == null || !subscribed(event.projectId(), type)) {
            return;
        }
        VoucherResponse card = vouchers.refreshed(event.projectId(), event.voucherId()).orElse(null);
        JsonNode transaction = json.valueToTree(event.transaction().get());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("voucher", card);
        data.put("campaign", event.campaignId() == null ? null
                : campaigns.findById(event.projectId(), event.campaignId()).orElse(null));
        data.put("customer", card == null || card.holderId() == null ? null
                : customers.find(event.projectId(), card.holderId()).orElse(null));
        if (type.endsWith("points_added")) {
            data.put("balance", transaction == null ? null : transaction.path("details").get("balance"));
        } else {
            data.put("points", event.points());
        }
        data.put("transaction", transaction);
        outbox.announce(event.projectId(), type, event.voucherId(), data);
    }

    @EventListener
    @Transactional
    void voucher(VoucherChanged event) {
        if (!subscribed(event.projectId(), event.type())) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("campaign", event.campaignId() == null ? null
                : campaigns.findById(event.projectId(), event.campaignId()).orElse(null));
        data.put("voucher", event.voucher().get());
        if (event.transaction() != null) {
            JsonNode transaction = json.valueToTree(event.transaction().get());
            data.put("balance", transaction.path("details").get("balance"));
            data.put("transaction", transaction);
        }
        outbox.announce(event.projectId(), event.type(), event.voucherId(), data);
    }

    @EventListener
    @Transactional
    void customer(CustomerCreated event) {
        if (!subscribed(event.projectId(), "customer.created")) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("customer", event.customer().get());
        outbox.announce(event.projectId(), "customer.created", event.customerId(), data);
    }

    private boolean subscribed(String projectId, String type) {
        return !subscriptions.active(projectId, type).isEmpty();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
