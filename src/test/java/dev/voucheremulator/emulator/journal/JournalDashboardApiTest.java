package dev.voucheremulator.emulator.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dashboard's journal page over plain HTTP: latest calls, the filters, and one call's bodies. */
@EmulatorTest
class JournalDashboardApiTest {

    private static final Pattern TOTAL = Pattern.compile("data-total=\"(\\d+)\"");
    private static final Pattern REQUEST_ID = Pattern.compile("data-request-id=\"(v-[0-9a-f]+)\"");

    @LocalServerPort
    int port;

    String appId;
    ApiClient browser;

    @BeforeEach
    void callsOfAProject() {
        appId = "journal-page-" + UUID.randomUUID();
        ApiClient api = ApiClient.forProject(port, appId);
        assertThat(api.post("/v1/vouchers/PAGE-1", Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "PERCENT", "percent_off", 5))).status()).isEqualTo(200);
        assertThat(api.get("/v1/vouchers/NOT-THERE").status()).isEqualTo(404);
        assertThat(api.get("/v1/vouchers").status()).isEqualTo(200);
        browser = ApiClient.anonymous(port);
    }

    @Test
    void listsTheLatestCallsAndFiltersByStatusAndOperation() {
        String page = html("/dashboard/journal?app_id=" + appId);
        assertThat(total(page)).isEqualTo(3);
        assertThat(page).contains("create-voucher", "get-voucher", "list-vouchers", "/v1/vouchers/NOT-THERE");

        String notFound = html("/dashboard/journal?app_id=" + appId + "&status=404");
        assertThat(total(notFound)).isEqualTo(1);
        assertThat(notFound).contains("/v1/vouchers/NOT-THERE").doesNotContain("list-vouchers");

        String creates = html("/dashboard/journal?app_id=" + appId + "&operation_id=create-voucher");
        assertThat(total(creates)).isEqualTo(1);
    }

    @Test
    void showsOneCallWithItsBodies() {
        Matcher id = REQUEST_ID.matcher(html("/dashboard/journal?app_id=" + appId + "&operation_id=create-voucher"));
        assertThat(id.find()).isTrue();

        String call = html("/dashboard/journal/" + id.group(1) + "?app_id=" + appId);

        assertThat(call).contains("POST /v1/vouchers/PAGE-1", "create-voucher", "percent_off", "&quot;code&quot; : &quot;PAGE-1&quot;");
        ApiResponse missing = browser.get("/dashboard/journal/v-000000000000000000?app_id=" + appId);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text()).contains("Not found");
    }

    private String html(String path) {
        ApiResponse response = browser.get(path);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.text();
    }

    private static int total(String page) {
        Matcher total = TOTAL.matcher(page);
        assertThat(total.find()).as(page).isTrue();
        return Integer.parseInt(total.group(1));
    }
}
