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
        // the first three conditions are those of the partial index redemption_referral_idx
        List<Referral> found = jdbc.sql("""
                        select id, campaign_id, campaign_name, customer_id, voucher ->> 'holder_id' as referrer_id,
                               created_at
                        from redemption
                        where object = 'redemption' and result = 'SUCCESS' and (voucher ->> 'is_referral_code') = 'true'
                          and project_id = :projectId and role <> 'PARENT' and campaign_id is not null
                          and customer_id <> (voucher ->> 'holder_id')
                          and (customer_id in (:ids) or (voucher ->> 'holder_id') in (:ids))
                        order by created_at, seq""")
                .param("projectId", projectId)
                .param("ids", customerIds)
                .query((rs, n) -> new Referral(rs.getString("campaign_id"), rs.getString("campaign_name"),
                        rs.getString("referrer_id"), rs.getString("customer_id"), rs.getString("id"), "redemption",
                        rs.getTimestamp("created_at").toInstant()))
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
