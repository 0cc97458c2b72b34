package dev.voucheremulator.dashboard;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.customer.CustomerWithSummary;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.UriComponentsBuilder;

/** The customer list and a customer's page; the project is the {@code app_id} query parameter, as elsewhere. */
@Controller
@Hidden
@RequestMapping("/dashboard/customers")
class CustomerDashboardController {

    static final List<String> TABS = List.of("activity", "orders", "metadata");

    private final CustomerDashboards dashboards;

    CustomerDashboardController(CustomerDashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping
    String customers(@RequestParam(name = "app_id", required = false) String appId,
                     @RequestParam(required = false) String q,
                     @RequestParam(defaultValue = "1") int page,
                     Model model) {
        if (appId == null || appId.isBlank()) {
            return "dashboard/choose-project";
        }
        var found = dashboards.list(appId, q, Math.max(1, Math.min(page, 1000)));
        model.addAttribute("appId", appId);
        model.addAttribute("customers", found.getContent());
        model.addAttribute("pager", DashboardViews.Pager.of(found));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/dashboard/customers")
                .queryParam("app_id", appId)
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(t -> !t.isBlank()))
                .encode().toUriString());
        return "dashboard/customers";
    }

    /** {@code campaign_id}, {@code from} and {@code to} (dates, whole UTC days, inclusive) narrow the activity. */
    @GetMapping("/{customerId}")
    String customer(@PathVariable String customerId,
                    @RequestParam(name = "app_id", required = false) String appId,
                    @RequestParam(defaultValue = "activity") String tab,
                    @RequestParam(name = "campaign_id", required = false) String campaignId,
                    @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to,
                    @RequestParam(defaultValue = "1") int page,
                    Model model) {
        if (appId == null || appId.isBlank()) {
            model.addAttribute("customerId", customerId);
            return "dashboard/choose-project";
        }
        CustomerWithSummary customer = dashboards.customer(appId, customerId);
        String chosenTab = TABS.contains(tab) ? tab : "activity";
        String campaign = campaignId == null || campaignId.isBlank() ? null : campaignId.trim();
        LocalDate start = date(from);
        LocalDate end = date(to);
        int chosenPage = Math.max(1, page);
        model.addAttribute("appId", appId);
        model.addAttribute("customer", customer);
        model.addAttribute("title", customer.name() != null ? customer.name()
                : customer.email() != null ? customer.email() : customer.sourceId() != null ? customer.sourceId()
                : customer.id());
        model.addAttribute("profile", dashboards.profile(customer));
        model.addAttribute("groups", dashboards.figures(customer));
        model.addAttribute("cards", dashboards.cards(appId, customer.id()));
        model.addAttribute("referrals", dashboards.referrals(customer));
        model.addAttribute("tabs", TABS);
        model.addAttribute("tab", chosenTab);
        model.addAttribute("campaignId", campaign == null ? "" : campaign);
        model.addAttribute("from", start == null ? "" : start.toString());
        model.addAttribute("to", end == null ? "" : end.toString());
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/dashboard/customers/{id}")
                .queryParam("app_id", appId).queryParam("tab", chosenTab)
                .queryParamIfPresent("campaign_id", Optional.ofNullable(campaign))
                .queryParamIfPresent("from", Optional.ofNullable(start))
                .queryParamIfPresent("to", Optional.ofNullable(end))
                .encode().buildAndExpand(customer.id()).toUriString());
        switch (chosenTab) {
            case "orders" -> model.addAttribute("table", dashboards.orders(appId, customer.id(), chosenPage));
            case "metadata" -> model.addAttribute("metadata", dashboards.metadata(customer));
            default -> {
                model.addAttribute("campaigns", dashboards.activityCampaigns(appId, customer.id()));
                model.addAttribute("table", dashboards.activity(appId, customer.id(), campaign, start, end,
                        chosenPage));
            }
        }
        return "dashboard/customer";
    }

    @ExceptionHandler(ApiException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(ApiException e, Model model) {
        model.addAttribute("message", e.details());
        return "dashboard/not-found";
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
