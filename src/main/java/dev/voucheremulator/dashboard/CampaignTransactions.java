package dev.voucheremulator.dashboard;

import dev.voucheremulator.dashboard.DashboardViews.Pager;
import dev.voucheremulator.dashboard.DashboardViews.Table;
import dev.voucheremulator.voucher.VoucherBalanceService;
import dev.voucheremulator.voucher.VoucherTransactionResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A gift card campaign's Transactions tab and its CSV export: every card's balance changes (top-ups,
 * removals, redemptions, refunds), newest first, each as GET /v1/vouchers/{code}/transactions lists it.
 */
@Service
@Transactional(readOnly = true)
class CampaignTransactions {

    /** The export's columns: the fields of the API's transaction, as JSON pointers into it. */
    static final List<String> COLUMNS = List.of("id", "created_at", "voucher_id", "campaign_id", "type", "source_id",
            "source", "reason", "details.balance.amount", "details.balance.balance", "details.balance.operation_type",
            "related_transaction_id", "details.redemption.id", "details.rollback.id", "details.order.id");
    private static final int EXPORT_PAGE = 500;

    private final VoucherBalanceService balances;
    private final JsonMapper json;

    CampaignTransactions(VoucherBalanceService balances, JsonMapper json) {
        this.balances = balances;
        this.json = json;
    }

    Table table(String projectId, String campaignId, int page) {
        Page<VoucherTransactionResponse> found = balances.transactionsOfCampaign(projectId, campaignId, page - 1,
                CampaignDashboards.PAGE_SIZE);
        List<List<String>> rows = found.stream().map(t -> {
            JsonNode node = json.valueToTree(t);
            VoucherTransactionResponse.Balance b = t.details() == null ? null : t.details().balance();
            return List.of(Formats.dateTime(t.createdAt()), t.id(), t.voucherId(), t.type(),
                    b == null ? "" : Formats.money(b.amount()), b == null ? "" : Formats.money(b.balance()),
                    field(node, "source_id"), field(node, "reason"), field(node, "details.redemption.id"));
        }).toList();
        return new Table(List.of("Date", "Id", "Voucher", "Type", "Amount", "Balance after", "Source id", "Reason",
                "Redemption"), rows, Pager.of(found));
    }

    /** The CSV export: a header of {@link #COLUMNS}, then one line per transaction, values as the API writes them. */
    String csv(String projectId, String campaignId) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (int page = 0; ; page++) {
            Page<VoucherTransactionResponse> found = balances.transactionsOfCampaign(projectId, campaignId, page,
                    EXPORT_PAGE);
            for (VoucherTransactionResponse t : found) {
                JsonNode node = json.valueToTree(t);
                out.append(COLUMNS.stream().map(c -> quoted(field(node, c))).collect(Collectors.joining(",")))
                        .append("\r\n");
            }
            if (!found.hasNext()) {
                return out.toString();
            }
        }
    }

    /** A dotted path's value as text; absent and null are empty. */
    static String field(JsonNode node, String path) {
        JsonNode at = node;
        for (String part : path.split("\\.")) {
            at = at == null ? null : at.get(part);
        }
        return at == null || at.isNull() || at.isMissingNode() ? "" : at.isValueNode() ? at.asString() : at.toString();
    }

    // RFC 4180: a value with a comma, quote or line break is quoted, its quotes doubled
    static String quoted(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
