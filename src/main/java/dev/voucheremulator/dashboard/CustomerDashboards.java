package dev.voucheremulator.dashboard;

import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.campaign.CampaignService;
import dev.voucheremulator.customer.CustomerProfiles;
import dev.voucheremulator.customer.CustomerStandings;
import dev.voucheremulator.customer.CustomerWithSummary;
import dev.voucheremulator.dashboard.DashboardViews.CustomerRow;
import dev.voucheremulator.dashboard.DashboardViews.Detail;
import dev.voucheremulator.dashboard.DashboardViews.Figure;
import dev.voucheremulator.dashboard.DashboardViews.FigureGroup;
import dev.voucheremulator.dashboard.DashboardViews.Option;
import dev.voucheremulator.dashboard.DashboardViews.Pager;
import dev.voucheremulator.dashboard.DashboardViews.Table;
import dev.voucheremulator.order.OrderResponse;
import dev.voucheremulator.order.OrderService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The customer list and a customer's page, read through the customer and order features' public
 * services: the profile and figures are GET /v1/customers/{id}'s answer, the activity its events.
 */
@Service
@Transactional(readOnly = true)
class CustomerDashboards {

    static final int PAGE_SIZE = CampaignDashboards.PAGE_SIZE;

    private final CustomerProfiles customers;
    private final OrderService orders;
    private final CampaignService campaigns;
    private final JsonMapper json;

    CustomerDashboards(CustomerProfiles customers, OrderService orders, CampaignService campaigns, JsonMapper json) {
        this.customers = customers;
        this.orders = orders;
        this.campaigns = campaigns;
        this.json = json;
    }

    Page<CustomerRow> list(String projectId, String text, int page) {
        return customers.search(projectId, text, page, PAGE_SIZE).map(c -> new CustomerRow(c.id(),
                Objects.toString(c.name(), ""), Objects.toString(c.email(), ""), Objects.toString(c.sourceId(), ""),
                c.summary().redemptions().totalRedeemed(), Formats.money(c.summary().orders().totalAmount()),
                c.loyalty().points(), Formats.date(c.createdAt())));
    }

    CustomerWithSummary customer(String projectId, String idOrSourceId) {
        return customers.get(projectId, idOrSourceId);
    }

    List<Detail> profile(CustomerWithSummary c) {
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("Id", c.id()));
        details.add(new Detail("Source id", Objects.toString(c.sourceId(), "")));
        details.add(new Detail("Name", Objects.toString(c.name(), "")));
        details.add(new Detail("Email", Objects.toString(c.email(), "")));
        details.add(new Detail("Phone", Objects.toString(c.phone(), "")));
        if (c.description() != null) {
            details.add(new Detail("Description", c.description()));
        }
        if (c.address() != null) {
            details.add(new Detail("Address", String.join(", ", java.util.stream.Stream.of(c.address().line1(),
                    c.address().line2(), c.address().postalCode(), c.address().city(), c.address().state(),
                    c.address().country()).filter(Objects::nonNull).toList())));
        }
        LocalDate birth = c.birthdate() != null ? c.birthdate() : c.birthday();
        if (birth != null) {
            details.add(new Detail("Birthdate", birth.toString()));
        }
        details.add(new Detail("Created", Formats.dateTime(c.createdAt())));
        details.add(new Detail("Updated", Formats.dateTime(c.updatedAt())));
        return details;
    }

    List<Detail> metadata(CustomerWithSummary c) {
        return c.metadata() == null ? List.of() : c.metadata().entrySet().stream()
                .map(e -> new Detail(e.getKey(), e.getValue() instanceof String s ? s
                        : json.writeValueAsString(e.getValue())))
                .toList();
    }

    /** The answer's figures; each {@code key} is the path of its field in GET /v1/customers/{id}. */
    List<FigureGroup> figures(CustomerWithSummary c) {
        CustomerWithSummary.Redemptions r = c.summary().redemptions();
        CustomerWithSummary.Orders o = c.summary().orders();
        String redemptions = "summary.redemptions.";
        String ordersKey = "summary.orders.";
        return List.of(
                new FigureGroup("Redemptions", List.of(
                        count(redemptions + "total_redeemed", "Redeemed", r.totalRedeemed()),
                        count(redemptions + "total_succeeded", "Succeeded", r.totalSucceeded()),
                        count(redemptions + "total_failed", "Failed", r.totalFailed()),
                        count(redemptions + "total_rolled_back", "Rolled back", r.totalRolledBack()),
                        count(redemptions + "total_rollback_succeeded", "Rollbacks succeeded",
                                r.totalRollbackSucceeded()),
                        count(redemptions + "total_rollback_failed", "Rollbacks failed", r.totalRollbackFailed()),
                        money(redemptions + "gift.redeemed_amount", "Gift credits redeemed",
                                r.gift().redeemedAmount()),
                        count(redemptions + "loyalty_card.redeemed_points", "Points redeemed",
                                r.loyaltyCard().redeemedPoints()))),
                new FigureGroup("Orders", List.of(
                        count(ordersKey + "total_count", "Orders", o.totalCount()),
                        money(ordersKey + "total_amount", "Total amount", o.totalAmount()),
                        money(ordersKey + "average_amount", "Average amount", o.averageAmount()),
                        money(ordersKey + "last_order_amount", "Last order amount", o.lastOrderAmount()))),
                new FigureGroup("Loyalty and referrals", List.of(
                        count("loyalty.points", "Loyalty points", c.loyalty().points()),
                        count("loyalty.referred_customers", "Customers referred", c.loyalty().referredCustomers()),
                        count("referrals.total", "Times referred", c.referrals().total()))));
    }

    /** The cards behind the loyalty figures: code, program, balance, tier. */
    Table cards(String projectId, String customerId) {
        List<CustomerStandings.Card> cards = customers.cards(projectId, customerId);
        List<List<String>> rows = cards.stream().map(card -> List.of(card.code(), card.campaignId(),
                Objects.toString(card.campaignName(), ""), Long.toString(card.points()),
                card.loyaltyTierName() == null ? "" : card.loyaltyTierName() + " (" + card.loyaltyTierId() + ")"))
                .toList();
        return new Table(List.of("Card code", "Program id", "Program", "Balance (points)", "Tier"), rows,
                new Pager(1, 1, rows.size())).withCampaignColumn(1);
    }

    /** Who referred the customer: the answer's {@code referrals.campaigns}. */
    Table referrals(CustomerWithSummary c) {
        List<List<String>> rows = c.referrals().campaigns().stream().map(r -> List.of(Formats.dateTime(r.date()),
                r.referrerId(), r.campaignId(), r.relatedObjectType() + " " + r.relatedObjectId())).toList();
        return new Table(List.of("Date", "Referrer", "Campaign", "Through"), rows, new Pager(1, 1, rows.size()))
                .withCustomerColumn(1).withCampaignColumn(2);
    }

    /** The campaigns of the customer's activity, for the filter: id and name (a deleted campaign shows its id). */
    List<Option> activityCampaigns(String projectId, String customerId) {
        return customers.activityCampaignIds(projectId, customerId).stream()
                .map(id -> new Option(id, campaigns.findById(projectId, id).map(CampaignResponse::name).orElse(id)))
                .toList();
    }

    /** One page of the activity, newest first, narrowed to a campaign and to whole UTC days from..to. */
    Table activity(String projectId, String customerId, String campaignId, LocalDate from, LocalDate to, int page) {
        Instant start = from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
        Page<CustomerProfiles.ActivityEntry> found = customers.activity(projectId, customerId, campaignId, start,
                end, page, PAGE_SIZE);
        List<List<String>> rows = found.stream().map(entry -> {
            Map<String, Object> data = new LinkedHashMap<>(entry.event().data());
            data.remove("event_source");
            return List.of(Formats.dateTime(entry.event().createdAt()), entry.event().id(), entry.event().type(),
                    Objects.toString(entry.campaignId(), ""),
                    json.writerWithDefaultPrettyPrinter().writeValueAsString(data));
        }).toList();
        return new Table(List.of("Date", "Id", "Event", "Campaign", "Details"), rows, Pager.of(found))
                .withCampaignColumn(3);
    }

    Table orders(String projectId, String customerId, int page) {
        Page<OrderResponse> found = orders.ofCustomer(projectId, customerId, page, PAGE_SIZE);
        List<List<String>> rows = found.stream().map(o -> List.of(Formats.dateTime(o.createdAt()), o.id(),
                Objects.toString(o.sourceId(), ""), Objects.toString(o.status(), ""), Formats.money(o.amount()),
                Formats.money(o.totalDiscountAmount()), Formats.money(o.totalAmount()),
                Integer.toString(o.items() == null ? 0 : o.items().size()),
                Integer.toString(o.redemptions() == null ? 0 : o.redemptions().size()))).toList();
        return new Table(List.of("Date", "Id", "Source id", "Status", "Amount", "Discount", "Total", "Items",
                "Redemptions"), rows, Pager.of(found));
    }

    private static Figure count(String key, String label, long value) {
        return new Figure(key, label, value, Long.toString(value));
    }

    private static Figure money(String key, String label, long value) {
        return new Figure(key, label, value, Formats.money(value));
    }
}
