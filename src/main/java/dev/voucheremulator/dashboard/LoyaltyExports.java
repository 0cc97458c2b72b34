package dev.voucheremulator.dashboard;

import dev.voucheremulator.loyalty.LoyaltyReports;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * A loyalty program's CSV exports: its transactions (GET /v1/loyalties/{id}/transactions, optionally
 * of one card) and its upcoming point expirations (every card's GET .../members/{memberId}/points-expiration),
 * each row an item of that list, its values as the API writes them.
 */
@Service
@Transactional
class LoyaltyExports {

    /** The transactions export's columns: fields of the API's transaction, as dotted paths into it. */
    static final List<String> TRANSACTION_COLUMNS = List.of("id", "created_at", "voucher_id", "campaign_id", "type",
            "source_id", "source", "reason", "details.balance.points", "details.balance.total",
            "details.balance.balance", "details.balance.operation_type", "related_transaction_id", "details.order.id",
            "details.earning_rule.id", "details.redemption.id", "details.rollback.id", "details.reward.id",
            "details.reward.name");
    /** The points expiration export's columns: fields of the API's points bucket. */
    static final List<String> EXPIRATION_COLUMNS = List.of("id", "voucher_id", "campaign_id", "bucket.total_points",
            "status", "expires_at", "created_at");
    private static final int EXPORT_PAGE = 500;

    private final LoyaltyReports reports;

    LoyaltyExports(LoyaltyReports reports) {
        this.reports = reports;
    }

    String transactions(String projectId, String campaignId, String voucherId) {
        return csv(TRANSACTION_COLUMNS, page -> reports.transactions(projectId, campaignId, voucherId, null, page,
                EXPORT_PAGE));
    }

    String pointsExpiration(String projectId, String campaignId) {
        return csv(EXPIRATION_COLUMNS, page -> reports.pointsExpiration(projectId, campaignId, page, EXPORT_PAGE));
    }

    private static String csv(List<String> columns, IntFunction<Page<JsonNode>> pages) {
        StringBuilder out = new StringBuilder(String.join(",", columns)).append("\r\n");
        for (int page = 0; ; page++) {
            Page<JsonNode> found = pages.apply(page);
            for (JsonNode item : found) {
                out.append(columns.stream().map(c -> CampaignTransactions.quoted(LoyaltyTabs.text(item, c)))
                        .collect(Collectors.joining(","))).append("\r\n");
            }
            if (!found.hasNext()) {
                return out.toString();
            }
        }
    }
}
