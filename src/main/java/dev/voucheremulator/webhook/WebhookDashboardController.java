package dev.voucheremulator.webhook;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's webhook deliveries of a project (the {@code app_id} query parameter, as on the other
 * pages): each send-out with its attempts, and a button that retries one now.
 */
@Controller
@Hidden
@RequestMapping("/dashboard/webhooks")
class WebhookDashboardController {

    private static final int SHOWN = 100;

    private final DeliveryLog log;
    private final WebhookDispatcher dispatcher;

    WebhookDashboardController(DeliveryLog log, WebhookDispatcher dispatcher) {
        this.log = log;
        this.dispatcher = dispatcher;
    }

    @GetMapping
    String deliveries(@RequestParam(name = "app_id", required = false) String appId,
                      @RequestParam(required = false) String retried, Model model) {
        if (appId == null || appId.isBlank()) {
            return "dashboard/choose-project";
        }
        model.addAttribute("appId", appId);
        model.addAttribute("deliveries", log.newest(appId, SHOWN));
        model.addAttribute("retried", retried);
        return "dashboard/webhooks";
    }

    /** Form posts are not parsed here (see StrictRequestFilter): the project comes in the query string. */
    @PostMapping("/{deliveryId}/retry")
    String retry(@PathVariable String deliveryId, @RequestParam(name = "app_id") String appId) {
        boolean found = dispatcher.retryNow(appId, deliveryId);
        return "redirect:" + UriComponentsBuilder.fromPath("/dashboard/webhooks").queryParam("app_id", appId)
                .queryParam("retried", found ? deliveryId : "none").encode().toUriString();
    }
}
