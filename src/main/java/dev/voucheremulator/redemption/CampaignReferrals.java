package dev.voucheremulator.redemption;

import dev.voucheremulator.campaign.CampaignService;
import dev.voucheremulator.campaign.ReferralProgram;
import dev.voucheremulator.customer.CustomerStandings.Referral;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referrals of one referral program, oldest first: the same facts (and the same rules) a customer's
 * {@code referrals} and {@code loyalty.referred_customers} are answered from ({@link ReferralStandings}).
 */
@Service
@Transactional(readOnly = true)
public class CampaignReferrals {

    /**
     * Successful redemptions of a referral code by someone other than its holder at the time; the first
     * conditions are those of the partial index {@code redemption_referral_idx}.
     */
    static final String SELECT = """
            select id, campaign_id, campaign_name, customer_id, voucher ->> 'holder_id' as referrer_id, created_at
            from redemption
            where object = 'redemption' and result = 'SUCCESS' and (voucher ->> 'is_referral_code') = 'true'
              and project_id = :projectId and role <> 'PARENT' and customer_id <> (voucher ->> 'holder_id')""";

    private final JdbcClient jdbc;
    private final CampaignService campaigns;

    CampaignReferrals(JdbcClient jdbc, CampaignService campaigns) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
    }

    /** Every referral of the program; none for a program that converts on a custom event. */
    public List<Referral> of(String projectId, String campaignId) {
        boolean byCustomEvent = campaigns.findById(projectId, campaignId)
                .map(c -> c.referralProgram() != null && c.referralProgram().conversionEventType()
                        == ReferralProgram.ConversionEventType.custom_event)
                .orElse(true);
        if (byCustomEvent) {
            return List.of();
        }
        return jdbc.sql(SELECT + " and campaign_id = :campaignId order by created_at, seq")
                .param("projectId", projectId)
                .param("campaignId", campaignId)
                .query(CampaignReferrals::referral)
                .list();
    }

    static Referral referral(ResultSet rs, int row) throws SQLException {
        return new Referral(rs.getString("campaign_id"), rs.getString("campaign_name"), rs.getString("referrer_id"),
                rs.getString("customer_id"), rs.getString("id"), "redemption", rs.getTimestamp("created_at").toInstant());
    }
}
