package dev.voucheremulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.EmulatorTest;
import dev.voucheremulator.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Requests a careless or hostile client sends, byte for byte: each answered with a 4xx in Voucherify's
 * error body (never a 5xx, never HTML or an empty body), and none changes anything.
 */
@EmulatorTest
class HostileInputApiTest {

    static final String PROJECT = "hostile-" + UUID.randomUUID();
    static final String MANAGEMENT = "hostile-management-" + UUID.randomUUID();
    /** A project of the MANAGEMENT account, created once. */
    static String managementProject;
    static final String JSON = "application/json";
    static final String LONG = random(3_000);
    static final String VOUCHER = "{\"type\":\"DISCOUNT_VOUCHER\",\"discount\":{\"type\":\"PERCENT\",\"percent_off\":5}}";

    @LocalServerPort
    int port;

    record Case(String name, String method, String target, Map<String, String> headers, byte[] body, int status,
                String key) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // query strings the container could not decode (500 before)
        cases.add(get("empty parameter name", "/v1/campaigns?=x", 400, "invalid_query_params"));
        cases.add(get("bad escape", "/v1/campaigns?limit=%ZZ", 400, "invalid_query_params"));
        cases.add(get("truncated UTF-8", "/v1/vouchers?campaign=%C3", 400, "invalid_query_params"));
        cases.add(get("invalid UTF-8 byte", "/v1/redemptions?customer=%FF", 400, "invalid_query_params"));
        cases.add(get("NUL in a query parameter", "/v1/redemptions?customer=A%00B", 400, "invalid_query_params"));
        cases.add(send("bad escape in a form body", "POST", "/v1/campaigns", "application/x-www-form-urlencoded",
                "name=%ZZ", 415, "unsupported_media_type"));
        cases.add(send("multipart body", "POST", "/v1/campaigns", "multipart/form-data; boundary=x",
                "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n", 415, "unsupported_media_type"));
        cases.add(send("broken multipart body", "POST", "/v1/validation-rules", "multipart/form-data; boundary=x",
                "garbage", 415, "unsupported_media_type"));
        // values the database could not store (500 or 409 before)
        cases.add(send("3,000-character voucher code", "POST", "/v1/vouchers/" + LONG, JSON, VOUCHER, 400,
                "invalid_payload"));
        cases.add(send("3,000-character category name", "POST", "/v1/categories", JSON,
                "{\"name\":\"" + LONG + "\",\"hierarchy\":1}", 400, "invalid_payload"));
        cases.add(send("3,000-character validation rule name", "POST", "/v1/validation-rules", JSON,
                "{\"name\":\"" + LONG + "\",\"type\":\"basic\",\"rules\":{\"logic\":\"\"}}", 400, "invalid_payload"));
        cases.add(send("3,000-character customer source_id", "POST", "/v1/publications", JSON,
                "{\"campaign\":{\"name\":\"nope\"},\"customer\":{\"source_id\":\"" + LONG + "\"}}", 400, null));
        cases.add(send("NUL in a body string", "POST", "/v1/categories", JSON,
                "{\"name\":\"a\\u0000b\",\"hierarchy\":1}", 400, "invalid_payload"));
        cases.add(send("NUL in a voucher update", "PUT", "/v1/vouchers/KEPT", JSON,
                "{\"additional_info\":\"a\\u0000b\"}", 400, "invalid_payload"));
        cases.add(send("balance change beyond any exact sum", "POST", "/v1/vouchers/KEPT/balance", JSON,
                "{\"amount\":9223372036854775807}", 400, null));
        cases.add(send("number for a voucher update's dates", "PUT", "/v1/vouchers/KEPT", JSON,
                "{\"start_date\":{\"a\":1}}", 400, "invalid_payload"));
        cases.add(send("lone surrogate", "POST", "/v1/categories", JSON,
                "{\"name\":\"a\\ud800b\",\"hierarchy\":1}", 400, "invalid_payload"));
        cases.add(new Case("overlong UTF-8 for '/'", "POST", "/v1/categories", Map.of("Content-Type", JSON),
                concat("{\"name\":\"a", new byte[] {(byte) 0xC0, (byte) 0xAF}, "b\",\"hierarchy\":1}"), 400,
                "invalid_payload"));
        cases.add(send("amount beyond any exact sum", "POST", "/v1/validations", JSON,
                "{\"redeemables\":[{\"object\":\"voucher\",\"id\":\"X\"}],\"order\":{\"amount\":9223372036854775807}}",
                400, "invalid_payload"));
        cases.add(send("number for a voucher type", "POST", "/v1/vouchers", JSON,
                "{\"type\":1,\"discount\":{\"type\":\"PERCENT\",\"percent_off\":5}}", 400, "invalid_payload"));
        cases.add(send("number for a campaign type", "POST", "/v1/campaigns", JSON,
                "{\"name\":\"Numbers\",\"campaign_type\":0,\"voucher\":" + VOUCHER + "}", 400, "invalid_payload"));
        // bodies stored as sent before, which later reads could not answer in the schema's shape
        cases.add(send("reward metadata that is not an object", "POST", "/v1/rewards", JSON,
                "{\"name\":\"R\",\"parameters\":{\"coin\":{\"exchange_ratio\":1}},\"metadata\":\"AAA\"}", 400,
                "invalid_payload"));
        cases.add(send("reward name that is not a string", "POST", "/v1/rewards", JSON,
                "{\"name\":5,\"parameters\":{\"coin\":{\"exchange_ratio\":1}}}", 400, "invalid_payload"));
        cases.add(send("reward exchange ratio that is not a number", "POST", "/v1/rewards", JSON,
                "{\"name\":\"R\",\"parameters\":{\"coin\":{\"exchange_ratio\":\"x\"}}}", 400, "invalid_payload"));
        cases.add(send("reward of an unknown campaign", "POST", "/v1/rewards", JSON,
                "{\"name\":\"R\",\"parameters\":{\"campaign\":{\"id\":\"camp_nope\"}}}", 404, "not_found"));
        cases.add(send("access settings that are not an object", "PUT", "/v1/campaigns/Kept", JSON,
                "{\"access_settings\":\"nope\"}", 400, "invalid_payload"));
        // promotion tiers, reward updates: wrong types, unknown ids, the wrong kind of campaign
        cases.add(send("tier for a campaign that is no promotion", "POST", "/v1/promotions/Kept/tiers", JSON,
                "{\"name\":\"T\",\"action\":{\"discount\":{\"type\":\"AMOUNT\",\"amount_off\":1}}}", 400,
                "invalid_campaign"));
        cases.add(send("tier for an unknown campaign", "POST", "/v1/promotions/camp_nope/tiers", JSON,
                "{\"name\":\"T\",\"action\":{\"discount\":{\"type\":\"AMOUNT\",\"amount_off\":1}}}", 404,
                "not_found"));
        cases.add(send("tier without a name", "POST", "/v1/promotions/Kept/tiers", JSON, "{\"banner\":\"b\"}", 400,
                "invalid_payload"));
        cases.add(get("tiers of a campaign that is no promotion", "/v1/promotions/Kept/tiers", 400, "invalid_campaign"));
        cases.add(get("unknown tier", "/v1/promotions/tiers/promo_nope", 404, "not_found"));
        cases.add(get("tiers ordered by an unknown field", "/v1/promotions/tiers?order=name", 400,
                "invalid_query_params"));
        cases.add(get("tiers with is_available that is no boolean", "/v1/promotions/tiers?is_available=maybe", 400,
                "invalid_query_params"));
        cases.add(get("tiers with a limit of 0", "/v1/promotions/tiers?limit=0", 400, "invalid_query_params"));
        cases.add(send("update of an unknown tier", "PUT", "/v1/promotions/tiers/promo_nope", JSON,
                "{\"banner\":null}", 404, "not_found"));
        cases.add(send("tier banner that is not a string", "PUT", "/v1/promotions/tiers/promo_nope", JSON,
                "{\"banner\":5}", 400, "invalid_payload"));
        cases.add(send("tier hierarchy below zero", "PUT", "/v1/promotions/tiers/promo_nope", JSON,
                "{\"hierarchy\":-1}", 400, "invalid_payload"));
        cases.add(send("enable an unknown tier", "POST", "/v1/promotions/tiers/promo_nope/enable", JSON, "", 404,
                "not_found"));
        cases.add(send("disable an unknown tier", "POST", "/v1/promotions/tiers/promo_nope/disable", JSON, "", 404,
                "not_found"));
        cases.add(new Case("delete an unknown tier", "DELETE", "/v1/promotions/tiers/promo_nope", Map.of(), null, 404,
                "not_found"));
        cases.add(send("update of an unknown reward", "PUT", "/v1/rewards/rew_nope", JSON, "{\"stock\":null}", 404,
                "not_found"));
        cases.add(send("reward stock that is not a number", "PUT", "/v1/rewards/rew_nope", JSON,
                "{\"stock\":\"many\"}", 400, "invalid_payload"));
        cases.add(send("reward metadata update that is not an object", "PUT", "/v1/rewards/rew_nope", JSON,
                "{\"metadata\":\"AAA\"}", 400, "invalid_payload"));
        cases.add(new Case("delete an unknown reward", "DELETE", "/v1/rewards/rew_nope", Map.of(), null, 404,
                "not_found"));
        cases.add(send("campaign expiration date that is not a date", "PUT", "/v1/campaigns/Kept", JSON,
                "{\"expiration_date\":\"soon\"}", 400, "invalid_payload"));
        // the emulator controls: rejected before they touch the project
        String controls = "/_emulator/projects/" + PROJECT;
        cases.add(send("reset to an unknown target", "POST", controls + "/reset?to=yesterday", JSON, "", 400,
                "invalid_query_params"));
        cases.add(send("reset of everything to an unknown target", "POST", "/_emulator/reset?to=x", JSON, "", 400,
                "invalid_query_params"));
        cases.add(send("reset of a project the credentials do not name", "POST", "/_emulator/projects/other/reset",
                JSON, "", 403, "forbidden"));
        // controls are open; credentials, when sent, must name the path's project, whichever control it is
        cases.add(new Case("clock of a project the credentials do not name", "PUT", "/_emulator/projects/other/clock",
                Map.of("Content-Type", JSON), "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8), 403, "forbidden"));
        cases.add(send("seed that is not an integer", "PUT", controls + "/seed", JSON, "{\"seed\":\"abc\"}", 400,
                "invalid_payload"));
        cases.add(send("seed missing", "PUT", controls + "/seed", JSON, "{}", 400, "invalid_payload"));
        cases.add(send("import of malformed JSON", "POST", controls + "/import", JSON, "{\"campaigns\":[", 400,
                "invalid_payload"));
        cases.add(send("import replacing the project with a rejected campaign", "POST", controls + "/import", JSON,
                "{\"campaigns\":[{\"name\":\"Fine\",\"voucher\":" + VOUCHER + "},{\"name\":\"\"}]}", 400,
                "invalid_payload"));
        cases.add(send("import of another format version", "POST", controls + "/import", JSON,
                "{\"format_version\":2}", 400, "invalid_payload"));
        cases.add(send("import in an unknown mode", "POST", controls + "/import?mode=sideways", JSON, "{}", 400,
                "invalid_query_params"));
        cases.add(send("snapshot name with a path", "POST", controls + "/snapshots", JSON, "{\"name\":\"../x\"}",
                400, "invalid_payload"));
        cases.add(send("restore of an unknown snapshot", "POST", controls + "/snapshots/none/restore", JSON, "", 404,
                "not_found"));
        // the project's test clock (/_emulator): nothing moves on a bad request
        String clock = "/_emulator/projects/" + PROJECT + "/clock";
        cases.add(send("clock frozen at a time that is no date", "PUT", clock, JSON, "{\"frozen_time\":\"soon\"}",
                400, "invalid_payload"));
        cases.add(send("clock frozen at a number", "PUT", clock, JSON, "{\"frozen_time\":5}", 400, "invalid_payload"));
        cases.add(send("clock frozen before 1970", "PUT", clock, JSON, "{\"frozen_time\":\"1900-01-01\"}", 400,
                "invalid_payload"));
        cases.add(send("clock advanced by a negative duration", "POST", clock + "/advance", JSON, "{\"by\":\"-P1D\"}",
                400, "invalid_payload"));
        cases.add(send("clock advanced by what is no duration", "POST", clock + "/advance", JSON,
                "{\"by\":\"1 day\"}", 400, "invalid_payload"));
        cases.add(send("clock advanced past year 9999", "POST", clock + "/advance", JSON, "{\"by\":\"P100000Y\"}",
                400, "invalid_payload"));
        cases.add(send("clock advanced both to and by", "POST", clock + "/advance", JSON,
                "{\"to\":\"2030-01-01\",\"by\":\"P1D\"}", 400, "invalid_payload"));
        cases.add(send("clock advanced without a body", "POST", clock + "/advance", JSON, "", 400, "invalid_payload"));
        cases.add(new Case("clock of a 3,000-character project", "GET", "/_emulator/projects/" + LONG + "/clock",
                Map.of("X-App-Id", ""), null, 400, "invalid_params"));
        // what Tomcat answered itself, in HTML or with no body
        cases.add(get("request line over 8 KB", "/v1/campaigns?name=" + "a".repeat(9_000), 400, "bad_request"));
        cases.add(new Case("header over 8 KB", "GET", "/v1/campaigns", Map.of("X-Big", "a".repeat(9_000)), null,
                400, "bad_request"));
        cases.add(new Case("X-App-Id of 3 KB", "GET", "/v1/campaigns",
                Map.of("X-App-Id", "a".repeat(3_000), "X-App-Token", "t"), null, 401, "unauthorized"));
        cases.add(get("NUL in the path", "/v1/vouchers/A%00B", 400, "bad_request"));
        cases.add(get("unknown code with an encoded slash", "/v1/vouchers/NO%2FSUCH", 404, "not_found"));
        cases.add(get("unknown code with an encoded backslash", "/v1/vouchers/NO%5CSUCH", 404, "not_found"));
        cases.add(new Case("CONNECT", "CONNECT", "/v1/campaigns", Map.of(), null, 405, "method_not_allowed"));
        cases.add(new Case("TRACE", "TRACE", "/v1/campaigns", Map.of(), null, 405, "method_not_allowed"));
        cases.add(new Case("Accept: application/xml", "GET", "/v1/campaigns", Map.of("Accept", "application/xml"),
                null, 406, "not_acceptable"));
        managementCases(cases);
        return cases.stream();
    }

    /** Every Management API operation, with what it must refuse; {project} is a project of the test's account. */
    private static void managementCases(List<Case> cases) {
        String p = "/management/v1/projects/{project}";
        cases.add(new Case("management without keys", "GET", "/management/v1/projects", Map.of(), null, 401,
                "unauthorized"));
        cases.add(mgmt("project without a name", "POST", "/management/v1/projects",
                "{\"case_sensitive_codes\":true,\"timezone\":\"UTC\",\"currency\":\"EUR\"}", 400, "invalid_payload"));
        cases.add(mgmt("project in an unknown timezone", "POST", "/management/v1/projects",
                "{\"name\":\"P\",\"case_sensitive_codes\":true,\"timezone\":\"Mars/Olympus\",\"currency\":\"EUR\"}",
                400, "invalid_payload"));
        cases.add(mgmt("project in an unknown currency", "POST", "/management/v1/projects",
                "{\"name\":\"P\",\"case_sensitive_codes\":true,\"timezone\":\"UTC\",\"currency\":\"EUX\"}",
                400, "invalid_payload"));
        cases.add(mgmt("project name that is a number", "POST", "/management/v1/projects",
                "{\"name\":5,\"case_sensitive_codes\":true,\"timezone\":\"UTC\",\"currency\":\"EUR\"}", 400,
                "invalid_payload"));
        cases.add(mgmt("unknown project", "GET", "/management/v1/projects/proj_nope", null, 404, "not_found"));
        cases.add(mgmt("project update with an unknown webhook version", "PUT", p, "{\"webhook_version\":\"v1\"}",
                400, "invalid_payload"));
        cases.add(mgmt("update of an unknown project", "PUT", "/management/v1/projects/proj_nope", "{}", 404,
                "not_found"));
        cases.add(mgmt("delete of an unknown project", "DELETE", "/management/v1/projects/proj_nope", null, 404,
                "not_found"));
        cases.add(mgmt("assigning an unknown user", "POST", p + "/users",
                "{\"login\":\"nobody@example.com\",\"role\":\"ADMIN\"}", 404, "not_found"));
        cases.add(mgmt("assigning an unknown role", "POST", p + "/users",
                "{\"login\":\"nobody@example.com\",\"role\":\"GOD\"}", 400, "invalid_payload"));
        cases.add(mgmt("users of an unknown project", "GET", "/management/v1/projects/proj_nope/users", null, 404,
                "not_found"));
        cases.add(mgmt("unknown user", "GET", p + "/users/user_nope", null, 404, "not_found"));
        cases.add(mgmt("role of an unknown user", "PUT", p + "/users/user_nope", "{\"role\":\"USER\"}", 404,
                "not_found"));
        cases.add(mgmt("unassigning an unknown user", "DELETE", p + "/users/user_nope", null, 404, "not_found"));
        cases.add(mgmt("invitation with a bad email", "POST", "/management/v1/projects/users/invite",
                "{\"email\":\"not-an-email\",\"projects\":{\"proj_x\":\"USER\"}}", 400, "invalid_payload"));
        cases.add(mgmt("invitation to an unknown project", "POST", "/management/v1/projects/users/invite",
                "{\"email\":\"a@example.com\",\"projects\":{\"proj_nope\":\"USER\"}}", 404, "not_found"));
        for (String[] r : new String[][] {
                {"metadata-schemas", "ms_nope", "{\"properties\":{}}", "{\"properties\":{\"a\":{\"type\":\"color\"}}}"},
                {"custom-event-schemas", "ms_nope", "{\"name\":\"e\"}", "{\"schema\":{\"properties\":{\"a\":{\"type\":\"x\",\"optional\":true}}}}"},
                {"branding", "brd_nope", "{\"brand\":\"x\"}", "{\"contact\":{\"email\":\"nope\"}}"},
                {"stacking-rules", "stk_nope", "{\"redeemables_limit\":31}", "{\"redeemables_application_mode\":\"SOME\"}"},
                {"webhooks", "wh_nope", "{\"target_url\":\"ftp://x\",\"events\":[\"voucher.created\"]}",
                        "{\"target_url\":\"https://example.com\",\"events\":[\"nope\"]}"}}) {
            String list = p + "/" + r[0];
            cases.add(mgmt(r[0] + ": bad body", "POST", list, r[2], 400, "invalid_payload"));
            cases.add(mgmt(r[0] + ": bad update", "PUT", list + "/" + r[1], r[3], 400, "invalid_payload"));
            cases.add(mgmt(r[0] + ": of an unknown project", "GET", "/management/v1/projects/proj_nope/" + r[0], null,
                    404, "not_found"));
            cases.add(mgmt(r[0] + ": unknown id", "GET", list + "/" + r[1], null, 404, "not_found"));
            cases.add(mgmt(r[0] + ": delete of an unknown id", "DELETE", list + "/" + r[1], null, 404, "not_found"));
        }
        cases.add(mgmt("stacking rules over their own limit", "POST", p + "/stacking-rules",
                "{\"redeemables_limit\":2,\"applicable_redeemables_limit\":3}", 400, "invalid_payload"));
        cases.add(mgmt("templates with limit 0", "GET", p + "/templates/campaigns?limit=0", null, 400,
                "invalid_query_params"));
        cases.add(mgmt("template copy without a destination", "POST", p + "/templates/campaigns/camp_tpl_x/copy",
                "{\"name\":\"Copy\"}", 400, "invalid_payload"));
        cases.add(mgmt("copy of an unknown template", "POST", p + "/templates/campaigns/camp_tpl_nope/copy",
                "{\"name\":\"Copy\",\"destination_project_id\":\"{project}\"}", 404, "not_found"));
    }

    Map<String, Object> baseline;

    @BeforeEach
    void rememberEverything() {
        ApiClient api = ApiClient.forProject(port, PROJECT);
        if (api.get("/v1/vouchers/KEPT").status() == 404) {
            assertThat(api.post("/v1/campaigns", ApiClient.json("{\"name\":\"Kept\",\"campaign_type\":\"DISCOUNT_COUPONS\","
                    + "\"vouchers_count\":2,\"voucher\":" + VOUCHER + "}")).status()).isEqualTo(200);
            assertThat(api.post("/v1/vouchers/KEPT", ApiClient.json(VOUCHER)).status()).isEqualTo(200);
        }
        ApiClient management = ApiClient.anonymous(port).withHeader("X-Management-Id", MANAGEMENT)
                .withHeader("X-Management-Token", "token");
        if (managementProject == null) {
            ApiClient.ApiResponse project = management.post("/management/v1/projects", ApiClient.json(
                    "{\"name\":\"Kept\",\"case_sensitive_codes\":true,\"timezone\":\"UTC\",\"currency\":\"EUR\"}"));
            assertThat(project.status()).as(project.text()).isEqualTo(200);
            managementProject = project.body().get("id").asString();
        }
        baseline = everything(api);
        baseline.putAll(everythingManaged(management));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersA4xxInVoucherifysErrorBodyAndChangesNothing(Case c) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!c.headers().containsKey("X-App-Id")) {
            headers.put("X-App-Id", PROJECT);
            headers.put("X-App-Token", "token");
        }
        headers.putAll(c.headers());
        byte[] sent = c.body();
        if (sent != null && c.target().startsWith("/management/")) {
            sent = new String(sent, StandardCharsets.UTF_8).replace("{project}", managementProject)
                    .getBytes(StandardCharsets.UTF_8);
        }
        RawHttp.Response response = RawHttp.send(port, c.method(), c.target().replace("{project}", managementProject),
                headers, sent);

        assertThat(response.status()).as(response.text()).isEqualTo(c.status());
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode body = response.json();
        assertThat(body).as(response.text()).isNotNull();
        assertThat(body.get("code").asInt()).isEqualTo(c.status());
        if (c.key() != null) {
            assertThat(body.get("key").asString()).isEqualTo(c.key());
        }
        assertThat(body.get("message").asString()).isNotBlank();
        assertThat(body.get("request_id").asString()).isNotBlank();
        Map<String, Object> after = everything(ApiClient.forProject(port, PROJECT));
        after.putAll(everythingManaged(ApiClient.anonymous(port).withHeader("X-Management-Id", MANAGEMENT)
                .withHeader("X-Management-Token", "token")));
        assertThat(after).isEqualTo(baseline);
    }

    private static Map<String, Object> everythingManaged(ApiClient management) {
        Map<String, Object> all = new LinkedHashMap<>();
        String p = "/management/v1/projects/" + managementProject;
        for (String list : List.of("/management/v1/projects", p + "/users", p + "/metadata-schemas",
                p + "/custom-event-schemas", p + "/branding", p + "/stacking-rules", p + "/webhooks",
                p + "/templates/campaigns")) {
            ApiClient.ApiResponse response = management.get(list);
            assertThat(response.status()).as(list + ": " + response.text()).isEqualTo(200);
            all.put(list, response.text().replaceAll("\"request_id\":\"[^\"]*\"", ""));
        }
        return all;
    }

    @org.junit.jupiter.api.Test
    void aCodeWithASlashIsReachableAtItsEncodedPath() {
        ApiClient api = ApiClient.forProject(port, "slash-" + UUID.randomUUID());
        ApiClient.ApiResponse created = api.post("/v1/vouchers/SLASH%2F1", ApiClient.json(VOUCHER));
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        assertThat(created.body().get("code").asString()).isEqualTo("SLASH/1");
        assertThat(api.get("/v1/vouchers/SLASH%2F1").body().get("code").asString()).isEqualTo("SLASH/1");
        assertThat(api.get("/v1/vouchers/SLASH/1").status()).isEqualTo(404);
        assertThat(api.delete("/v1/vouchers/SLASH%2F1").status()).isEqualTo(204);
        assertThat(api.get("/v1/vouchers/SLASH%2F1").status()).isEqualTo(404);
    }

    private static Map<String, Object> everything(ApiClient api) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (String list : List.of("/v1/campaigns?limit=100", "/v1/vouchers?limit=100", "/v1/categories",
                "/v1/validation-rules?limit=100", "/v1/publications?limit=100", "/v1/redemptions?limit=100",
                "/v1/rewards?limit=100")) {
            ApiClient.ApiResponse response = api.get(list);
            assertThat(response.status()).as(list + ": " + response.text()).isEqualTo(200);
            all.put(list, response.body().get("total") == null ? response.body() : response.body().get("total"));
            all.put(list + " body", response.text().replaceAll("\"request_id\":\"[^\"]*\"", ""));
        }
        return all;
    }

    private static Case mgmt(String name, String method, String target, String body, int status, String key) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Management-Id", MANAGEMENT);
        headers.put("X-Management-Token", "token");
        if (body != null) {
            headers.put("Content-Type", JSON);
        }
        return new Case(name, method, target, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                status, key);
    }

    private static Case get(String name, String target, int status, String key) {
        return new Case(name, "GET", target, Map.of(), null, status, key);
    }

    private static Case send(String name, String method, String target, String contentType, String body, int status,
                             String key) {
        return new Case(name, method, target, Map.of("Content-Type", contentType),
                body.getBytes(StandardCharsets.UTF_8), status, key);
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(middle, 0, all, a.length, middle.length);
        System.arraycopy(c, 0, all, a.length + middle.length, c.length);
        return all;
    }

    /** Letters in no order a compressor can fold: long enough to break an index row when stored. */
    private static String random(int length) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }
}
