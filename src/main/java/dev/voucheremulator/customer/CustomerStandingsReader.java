package dev.voucheremulator.customer;

import dev.voucheremulator.customer.CustomerStandings.Card;
import dev.voucheremulator.customer.CustomerStandings.Referral;
import dev.voucheremulator.customer.CustomerWithSummary.Loyalty;
import dev.voucheremulator.customer.CustomerWithSummary.LoyaltyCampaign;
import dev.voucheremulator.customer.CustomerWithSummary.ReferralCampaign;
import dev.voucheremulator.customer.CustomerWithSummary.Referrals;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reads every {@link CustomerStandings} once for a page of customers and folds what they know into
 * each customer's {@code loyalty} and {@code referrals}.
 */
@Component
class CustomerStandingsReader {

    private final List<CustomerStandings> sources;

    CustomerStandingsReader(List<CustomerStandings> sources) {
        this.sources = sources;
    }

    /** The figures of these customers; a customer without cards or referrals has none in the map. */
    Map<String, Standing> of(String projectId, Collection<String> customerIds) {
        if (customerIds.isEmpty() || sources.isEmpty()) {
            return Map.of();
        }
        Map<String, Folding> byCustomer = new HashMap<>();
        for (CustomerStandings source : sources) {
            for (Card card : source.cards(projectId, customerIds)) {
                byCustomer.computeIfAbsent(card.customerId(), id -> new Folding()).cards.add(card);
            }
            for (Referral referral : source.referrals(projectId, customerIds)) {
                if (customerIds.contains(referral.refereeId())) {
                    byCustomer.computeIfAbsent(referral.refereeId(), id -> new Folding()).referredBy.add(referral);
                }
                if (customerIds.contains(referral.referrerId())) {
                    byCustomer.computeIfAbsent(referral.referrerId(), id -> new Folding()).referred.add(referral);
                }
            }
        }
        Map<String, Standing> standings = new HashMap<>();
        byCustomer.forEach((id, f) -> standings.put(id, f.fold()));
        return standings;
    }

    /** One customer's figures and the cards behind them. */
    record Standing(Loyalty loyalty, Referrals referrals, List<Card> cards) {
    }

    private static final class Folding {

        final List<Card> cards = new ArrayList<>();
        final List<Referral> referredBy = new ArrayList<>();
        final List<Referral> referred = new ArrayList<>();

        Standing fold() {
            Map<String, Long> points = new LinkedHashMap<>();
            Map<String, String> tiers = new HashMap<>();
            long total = 0;
            for (Card card : cards) {
                points.merge(card.campaignName(), card.points(), Long::sum);
                if (card.loyaltyTierId() != null) {
                    tiers.putIfAbsent(card.campaignName(), card.loyaltyTierId());
                }
                total += card.points();
            }
            // referred_customers counts people: a referee who redeemed twice counts once
            Map<String, Set<String>> refereesByCampaign = new LinkedHashMap<>();
            Set<String> referees = new HashSet<>();
            for (Referral r : referred) {
                refereesByCampaign.computeIfAbsent(r.campaignName(), n -> new HashSet<>()).add(r.refereeId());
                referees.add(r.refereeId());
            }
            Map<String, LoyaltyCampaign> campaigns = new LinkedHashMap<>();
            points.forEach((name, p) -> campaigns.put(name, new LoyaltyCampaign(p, tiers.get(name),
                    refereesByCampaign.containsKey(name) ? refereesByCampaign.get(name).size() : 0L)));
            refereesByCampaign.forEach((name, people) -> campaigns.putIfAbsent(name,
                    new LoyaltyCampaign(null, null, (long) people.size())));
            List<ReferralCampaign> referrals = referredBy.stream()
                    .sorted(Comparator.comparing(Referral::date))
                    .map(r -> new ReferralCampaign(r.campaignId(), r.referrerId(), r.relatedObjectId(),
                            r.relatedObjectType(), r.date()))
                    .toList();
            return new Standing(new Loyalty(total, referees.size(), campaigns),
                    new Referrals(referrals.size(), referrals), List.copyOf(cards));
        }
    }
}
