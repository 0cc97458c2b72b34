package dev.voucheremulator.dashboard;

import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.analytics.AnalyticsService;
import dev.voucheremulator.analytics.RecordedEvent;
import dev.voucheremulator.dashboard.DashboardViews.Pager;
import dev.voucheremulator.dashboard.DashboardViews.Table;
import dev.voucheremulator.loyalty.LoyaltyMemberService;
import dev.voucheremulator.publication.PublicationRow;
import dev.voucheremulator.publication.PublicationService;
import dev.voucheremulator.redemption.RedemptionReads;
import dev.voucheremulator.redemption.RedemptionRow;
import dev.voucheremulator.voucher.VoucherListQuery;
import dev.voucheremulator.voucher.VoucherResponse;
import dev.voucheremulator.voucher.VoucherService;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The tables of a campaign page's tabs, one page of rows at a time. */
@Service
@Transactional(readOnly = true)
class CampaignTables {

    // the same page length as the campaign list
    private static final int PAGE_SIZE = CampaignDashboards.PAGE_SIZE;

    private final VoucherService vouchers;
    private final RedemptionReads redemptions;
    private final PublicationService publications;
    private final LoyaltyMemberService members;
    private final AnalyticsService analytics;
    private final JsonMapper json;

    CampaignTables(VoucherService vouchers, RedemptionReads redemptions, PublicationService publications,
                   LoyaltyMemberService members, AnalyticsService analytics, JsonMapper json) {
        this.vouchers = vouchers;
        this.redemptions = redemptions;
        this.publications = publications;
        this.members = members;
        this.analytics = analytics;
        this.json = json;
    }

    Table vouchers(String projectId, String campaignId, int page) {
        VoucherListQuery d = VoucherListQuery.DEFAULT;
        ListEnvelope<VoucherResponse> found = vouchers.list(projectId, new VoucherListQuery(PAGE_SIZE, page, campaignId, null,
                null, null, null, List.of(), d.order(), null, null, null, null));
        List<List<String>> rows = found.data().stream().map(v -> List.of(v.code(), v.active() ? "yes" : "no",
                redeemed(v), v.publish() == null ? "0" : Integer.toString(v.publish().count()),
                Objects.toString(v.holderId(), ""), balance(v), Formats.dateTime(v.createdAt()))).toList();
        return new Table(List.of("Code", "Active", "Redeemed", "Published", "Holder", "Balance", "Created"), rows,
                pager(page, found.total()));
    }

    Table redemptions(String projectId, String campaignId, int page) {
        Page<RedemptionRow> found = redemptions.listOfCampaign(projectId, campaignId, page - 1, PAGE_SIZE);
        List<List<String>> rows = found.stream().map(r -> List.of(Formats.dateTime(r.createdAt()), r.id(),
                r.object().equals("redemption") ? "redemption" : "rollback", Objects.toString(r.voucherCode(), ""),
                r.result(), Objects.toString(r.status(), ""),
                r.failureCode() == null ? Objects.toString(r.reason(), "")
                        : r.failureCode() + (r.failureMessage() == null ? "" : ": " + r.failureMessage()),
                Formats.money(r.orderAmount()), Formats.money(r.discountAmount()),
                Objects.toString(r.customerId(), ""))).toList();
        return new Table(List.of("Date", "Id", "Kind", "Voucher", "Result", "Status", "Failure / reason",
                "Order amount", "Discount", "Customer"), rows, Pager.of(found)).withCustomerColumn(9);
    }

    Table publications(String projectId, String campaignId, int page) {
        Page<PublicationRow> found = publications.listOfCampaign(projectId, campaignId, page - 1, PAGE_SIZE);
        List<List<String>> rows = found.stream().map(p -> List.of(Formats.dateTime(p.createdAt()), p.id(),
                Objects.toString(p.voucherCode(), ""), p.customerId(), Objects.toString(p.sourceId(), ""),
                Objects.toString(p.channel(), ""), p.result(),
                p.failureCode() == null ? "" : p.failureCode() + (p.failureMessage() == null ? ""
                        : ": " + p.failureMessage()))).toList();
        return new Table(List.of("Date", "Id", "Voucher", "Customer", "Source id", "Channel", "Result", "Failure"),
                rows, Pager.of(found)).withCustomerColumn(3);
    }

    /**
     * The campaign's events in the order they happened: changes to the campaign (with the request
     * payload) and everything the summary counts (with what it moved), each with its details.
     */
    Table activity(String campaignId, int page) {
        Page<RecordedEvent> found = analytics.events(campaignId, page - 1, PAGE_SIZE);
        List<List<String>> rows = found.stream().map(e -> List.of(Formats.dateTime(e.occurredAt()), e.type(),
                e.deltas().isEmpty() ? "" : json.writeValueAsString(e.deltas()),
                json.writerWithDefaultPrettyPrinter().writeValueAsString(e.details()))).toList();
        return new Table(List.of("Date", "Event", "Counters", "Details"), rows, Pager.of(found));
    }

    /** A loyalty program's members: one row per card that has a holder. */
    @Transactional // listing members first expires the points that are due, a write
    Table members(String projectId, String campaignId, int page) {
        int chosen = Math.min(page, 100);
        ListEnvelope<VoucherResponse> found = members.list(projectId, campaignId, PAGE_SIZE, chosen);
        List<List<String>> rows = found.data().stream().map(v -> List.of(v.code(),
                Objects.toString(v.holderId(), ""), balance(v), Formats.dateTime(v.createdAt()))).toList();
        return new Table(List.of("Card code", "Customer", "Balance", "Joined"), rows, pager(chosen, found.total()))
                .withCustomerColumn(1);
    }

    private static Pager pager(int page, long total) {
        return new Pager(page, (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE), total);
    }

    private static String redeemed(VoucherResponse v) {
        if (v.redemption() == null) {
            return "";
        }
        return v.redemption().redeemedQuantity() + " / "
                + (v.redemption().quantity() == null ? "unlimited" : v.redemption().quantity());
    }

    private static String balance(VoucherResponse v) {
        if (v.gift() != null && v.gift().balance() != null) {
            return Formats.money(v.gift().balance());
        }
        if (v.loyaltyCard() != null && v.loyaltyCard().balance() != null) {
            return v.loyaltyCard().balance() + " points";
        }
        return "";
    }
}
