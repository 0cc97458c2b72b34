package dev.voucheremulator.webhook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhook deliveries of a project ({@code {projectId}} = the X-App-Id its API calls send), for test
 * suites: what was sent, each attempt, and a retry now.
 */
@RestController
@Tag(name = "Emulator: webhook deliveries")
@RequestMapping("/_emulator/projects/{projectId}/webhooks/deliveries")
class WebhookDeliveryController {

    private final DeliveryControls deliveries;

    WebhookDeliveryController(DeliveryControls deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    @Operation(operationId = "emulator-list-webhook-deliveries",
            summary = "List webhook deliveries with their attempts, newest first")
    WebhookDeliveryListResponse list(@PathVariable String projectId,
                                     @RequestParam(required = false) String type,
                                     @RequestParam(required = false) String status,
                                     @RequestParam(required = false) Integer limit) {
        return deliveries.list(projectId, type, status, limit);
    }

    @GetMapping("/{deliveryId}")
    @Operation(operationId = "emulator-get-webhook-delivery", summary = "Get one webhook delivery")
    WebhookDeliveryResponse get(@PathVariable String projectId, @PathVariable String deliveryId) {
        return deliveries.get(projectId, deliveryId);
    }

    @PostMapping("/{deliveryId}/retry")
    @Operation(operationId = "emulator-retry-webhook-delivery",
            summary = "Send a webhook delivery again now, whatever its status")
    WebhookDeliveryResponse retry(@PathVariable String projectId, @PathVariable String deliveryId) {
        return deliveries.retry(projectId, deliveryId);
    }
}
