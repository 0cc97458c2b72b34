package dev.voucheremulator.management;

import dev.voucheremulator.api.auth.ManagementAccount;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.management.WebhookBodies.WebhookRequest;
import dev.voucheremulator.management.WebhookBodies.WebhookResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/management/v1/projects/{projectId}/webhooks")
@Tag(name = "Management")
class ManagementWebhookController {

    private final ManagementWebhookService service;

    ManagementWebhookController(ManagementWebhookService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(operationId = "create-webhook", summary = "Create Webhook")
    WebhookResponse create(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
            @Valid @RequestBody WebhookRequest body) {
        return service.create(account.id(), projectId, body);
    }

    @GetMapping
    @Operation(operationId = "list-webhooks", summary = "List Webhooks")
    ListEnvelope<WebhookResponse> list(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId) {
        return service.list(account.id(), projectId);
    }

    @GetMapping("/{webhookId}")
    @Operation(operationId = "get-webhook", summary = "Get Webhook")
    WebhookResponse get(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
            @PathVariable String webhookId) {
        return service.get(account.id(), projectId, webhookId);
    }

    @PutMapping("/{webhookId}")
    @Operation(operationId = "update-webhook", summary = "Update Webhook")
    WebhookResponse update(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
            @PathVariable String webhookId, @Valid @RequestBody WebhookRequest body) {
        return service.update(account.id(), projectId, webhookId, body);
    }

    @DeleteMapping("/{webhookId}")
    @Operation(operationId = "delete-webhook", summary = "Delete Webhook")
    ResponseEntity<Void> delete(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
            @PathVariable String webhookId) {
        service.delete(account.id(), projectId, webhookId);
        return ResponseEntity.noContent().build();
    }
}
