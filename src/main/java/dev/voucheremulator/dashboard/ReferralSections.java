package dev.voucheremulator.dashboard;

import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.campaign.ReferralProgram;
import dev.voucheremulator.customer.CustomerStandings.Referral;
import dev.voucheremulator.dashboard.DashboardViews.Detail;
import dev.voucheremulator.dashboard.DashboardViews.Figure;
import dev.voucheremulator.dashboard.DashboardViews.Pager;
import dev.voucheremulator.dashboard.DashboardViews.Table;
import dev.voucheremulator.redemption.CampaignReferrals;
import dev.voucheremulator.voucher.VoucherListQuery;
import dev.voucheremulator.voucher.VoucherService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A referral program's own sections and tabs, from the referrals its redemptions record: the same facts
 * a customer's {@code referrals} and {@code loyalty.referred_customers} are answered from.
 */
@Service
@Transactional(readOnly = true)
class ReferralSections {

    static final int TOP = 5;
    private static final int PAGE_SIZE = CampaignDashboards.PAGE_SIZE;

    /** The main page's referral sections. */
    record Overview(List<Detail> program, List<Figure> numbers, Table topReferrers) {
    }

    /** One referrer and the customers their codes converted. */
    private record Referrer(String customerId, Set<String> referees, long referrals, Instant first, Instant last) {
    }

    private final CampaignReferrals referrals;
    private final VoucherService vouchers;

    ReferralSections(CampaignReferrals referrals, VoucherService vouchers) {
        this.referrals = referrals;
        this.vouchers = vouchers;
    }

    Overview overview(String projectId, CampaignResponse campaign) {
        List<Referral> all = referrals.of(projectId, campaign.id());
        List<Referrer> referrers = referrers(all);
        VoucherListQuery d = VoucherListQuery.DEFAULT;
        long codes = vouchers.list(projectId, new VoucherListQuery(1, 1, campaign.id(), null, null, null, null,
                List.of(), d.order(), null, null, null, null)).total();
        ReferralProgram program = campaign.referralProgram();
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("Referral codes", Long.toString(codes)));
        details.add(new Detail("Conversion event", conversion(program)));
        details.add(new Detail("Referee reward", refereeReward(program)));
        List<Figure> numbers = List.of(
                new Figure("referral_codes", "Referral codes", codes, Long.toString(codes)),
                figure("referrers", "Referrers", referrers.size()),
                figure("referees", "Referred customers", all.stream().map(Referral::refereeId).distinct().count()),
                figure("referrals", "Referrals (conversions)", all.size()));
        List<List<String>> top = referrers.stream().limit(TOP).map(ReferralSections::referrerRow).toList();
        return new Overview(details, numbers, new Table(REFERRER_HEADERS, top, new Pager(1, 1, top.size()))
                .withCustomerColumn(0));
    }

    private static final List<String> REFERRER_HEADERS = List.of("Referrer", "Referred customers", "Referrals",
            "First referral", "Last referral");

    /** Every referrer, most referred customers first (then earliest first referral). */
    Table referrers(String projectId, String campaignId, int page) {
        List<List<String>> rows = referrers(referrals.of(projectId, campaignId)).stream()
                .map(ReferralSections::referrerRow).toList();
        return paged(REFERRER_HEADERS, rows, page).withCustomerColumn(0);
    }

    /** Every conversion, oldest first: who was referred, by whom, by which redemption. */
    Table referees(String projectId, String campaignId, int page) {
        List<List<String>> rows = referrals.of(projectId, campaignId).stream()
                .map(r -> List.of(Formats.dateTime(r.date()), r.refereeId(), r.referrerId(), r.relatedObjectId()))
                .toList();
        return paged(List.of("Date", "Referee", "Referrer", "Redemption"), rows, page).withCustomerColumn(1);
    }

    /** The program's reward for referees; referrer rewards (referral tiers) are not emulated. */
    Table rewards(CampaignResponse campaign) {
        ReferralProgram program = campaign.referralProgram();
        List<List<String>> rows = new ArrayList<>();
        if (program != null && program.refereeReward() != null) {
            rows.add(List.of("Referee", conversion(program), refereeReward(program)));
        }
        return new Table(List.of("Who", "When", "Reward"), rows, new Pager(1, 1, rows.size()));
    }

    private static List<Referrer> referrers(List<Referral> all) {
        Map<String, Referrer> byId = new LinkedHashMap<>();
        for (Referral r : all) {
            Referrer known = byId.get(r.referrerId());
            if (known == null) {
                Set<String> referees = new LinkedHashSet<>();
                referees.add(r.refereeId());
                byId.put(r.referrerId(), new Referrer(r.referrerId(), referees, 1, r.date(), r.date()));
            } else {
                known.referees().add(r.refereeId());
                byId.put(r.referrerId(), new Referrer(known.customerId(), known.referees(), known.referrals() + 1,
                        known.first(), r.date()));
            }
        }
        return byId.values().stream()
                .sorted(Comparator.comparingInt((Referrer r) -> r.referees().size()).reversed()
                        .thenComparing(Referrer::first))
                .toList();
    }

    private static List<String> referrerRow(Referrer r) {
        return List.of(r.customerId(), Integer.toString(r.referees().size()), Long.toString(r.referrals()),
                Formats.dateTime(r.first()), Formats.dateTime(r.last()));
    }

    private static Table paged(List<String> headers, List<List<String>> rows, int page) {
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int chosen = Math.min(Math.max(1, page), pages);
        List<List<String>> slice = rows.subList((chosen - 1) * PAGE_SIZE, Math.min(rows.size(), chosen * PAGE_SIZE));
        return new Table(headers, slice, new Pager(chosen, pages, rows.size()));
    }

    private static Figure figure(String key, String label, long value) {
        return new Figure(key, label, value, Long.toString(value));
    }

    private static String conversion(ReferralProgram program) {
        if (program == null || program.conversionEventType() == null) {
            return "redemption";
        }
        if (program.conversionEventType() == ReferralProgram.ConversionEventType.custom_event) {
            return "custom event" + (program.customEvent() == null || program.customEvent().name() == null ? ""
                    : " " + program.customEvent().name());
        }
        return "redemption of a referral code";
    }

    private static String refereeReward(ReferralProgram program) {
        if (program == null || program.refereeReward() == null) {
            return "none";
        }
        ReferralProgram.RefereeReward reward = program.refereeReward();
        String type = reward.type() == null ? "" : reward.type().name().toLowerCase().replace('_', ' ');
        boolean credits = reward.type() == ReferralProgram.RewardType.GIFT_VOUCHER;
        String amount = reward.amount() == null ? ""
                : " of " + (credits ? Formats.money(reward.amount()) : reward.amount() + " points");
        String parent = reward.relatedObjectParent() == null || reward.relatedObjectParent().name() == null ? ""
                : " from " + reward.relatedObjectParent().name();
        return (type + amount + parent).trim();
    }
}
