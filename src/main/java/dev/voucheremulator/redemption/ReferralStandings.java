package dev.voucheremulator.redemption;

import dev.voucheremulator.campaign.CampaignService;
import dev.voucheremulator.campaign.ReferralProgram;
import dev.voucheremulator.customer.CustomerStandings;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals as redemptions record them: a customer who redeemed a referral code held by another
 * customer was referred by that holder (the holder the voucher had at the time). A program that
 * converts on a custom event converts nobody by redemption; a rollback does not undo a referral,
 * as it does not lower the campaign's {@code referred_customers}.
 */
@Component
@Transactional(readOnly = true)
class ReferralStandings implements CustomerStandings {

    private final JdbcClient jdbc;
    private final CampaignService campaigns;

    ReferralStandings(JdbcClient jdbc, CampaignService campaigns) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
    }

    @Override
    public List<Referral> referrals(String projectId, Collection<String> customerIds) {
        List<Referral> found = jdbc.sql(CampaignReferrals.SELECT + """
                          and campaign_id is not null
                          and (customer_id in (:ids) or (voucher ->> 'holder_id') in (:ids))
                        order by created_at, seq""")
                .param("projectId", projectId)
                .param("ids", customerIds)
                .query(CampaignReferrals::referral)
                .list();
        if (found.isEmpty()) {
            return found;
        }
        Set<String> byCustomEvent = found.stream().map(Referral::campaignId).distinct()
                .map(id -> campaigns.findById(projectId, id).orElse(null))
                .filter(Objects::nonNull)
                .filter(c -> c.referralProgram() != null && c.referralProgram().conversionEventType()
                        == ReferralProgram.ConversionEventType.custom_event)
                .map(c -> c.id())
                .collect(Collectors.toSet());
        return found.stream().filter(r -> !byCustomEvent.contains(r.campaignId())).toList();
    }
}
