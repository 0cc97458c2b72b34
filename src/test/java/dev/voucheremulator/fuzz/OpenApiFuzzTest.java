package dev.voucheremulator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.EmulatorApplication;
import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.RawHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Property-based fuzzing over the emulator's own OpenAPI document ({@code /v3/api-docs}): for every
 * operation, generated malformed and boundary requests (path ids, query strings, bodies, headers,
 * content types, methods), sent byte for byte. Whatever comes in: no 5xx; every error is Voucherify's
 * JSON body with {@code code}, {@code key}, {@code message} and {@code request_id}; and a request refused
 * as malformed changes no row of the project. Runs on its own emulator instance; bounded by tries.
 */
class OpenApiFuzzTest {

    static final String PROJECT = "fuzz";
    /** Refusals of malformed input: such a request must leave every row as it was. */
    static final Set<String> MALFORMED = Set.of("invalid_payload", "invalid_query_params", "unsupported_media_type",
            "method_not_allowed", "not_acceptable", "bad_request", "unauthorized");

    static ConfigurableApplicationContext app;
    static int port;
    static List<Operation> operations;
    static List<String> knownIds;
    static JdbcClient jdbc;
    static List<String> projectTables;
    static final Map<Integer, AtomicInteger> statuses = new TreeMap<>();
    static long started;
    static String fingerprint;

    @BeforeContainer
    static void startTheEmulator() {
        started = System.nanoTime();
        app = new SpringApplicationBuilder(EmulatorApplication.class)
                .run("--server.port=0", "--spec.exchanges.file=false", "--logging.level.root=WARN");
        port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        jdbc = app.getBean(JdbcClient.class);
        projectTables = jdbc.sql("select table_name from information_schema.columns where column_name = 'project_id' "
                + "and table_schema = 'public' order by table_name").query(String.class).list();
        JsonNode apiDocs = ApiClient.anonymous(port).get("/v3/api-docs").body();
        operations = Operation.from(apiDocs);
        knownIds = seed(ApiClient.forProject(port, PROJECT));
        fingerprint = fingerprint();
    }

    @AfterContainer
    static void report() {
        int total = statuses.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("fuzz: %d requests over %d operations in %.1f s; statuses %s%n", total, operations.size(),
                (System.nanoTime() - started) / 1e9, statuses);
        if (app != null) {
            app.close();
        }
    }

    @Property(tries = 4000, seed = "20261130", shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
    void everyOperationAnswersMalformedInputWithA4xxInVoucherifysErrorBody(@ForAll("requests") FuzzRequest request) {
        RawHttp.Response response = RawHttp.send(port, request.method(), request.target(), request.headers(),
                request.body());
        statuses.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();

        assertThat(response.status()).as("%s\n-> %s", request, response.text()).isLessThan(500);
        if (response.status() >= 400 && !request.method().equals("HEAD")) {
            assertThat(response.contentType()).as("%s\n-> %s", request, response.text()).startsWith("application/json");
            JsonNode body = response.json();
            assertThat(body).as("%s\n-> %s", request, response.text()).isNotNull();
            assertThat(body.path("code").asInt()).isEqualTo(response.status());
            assertThat(body.path("key").asString("")).isNotBlank();
            assertThat(body.path("message").asString("")).isNotBlank();
            assertThat(body.path("request_id").asString("")).isNotBlank();
            String after = fingerprint();
            if (MALFORMED.contains(body.path("key").asString())) {
                assertThat(after).as("rows changed by a refused request: %s\n-> %s", request, response.text())
                        .isEqualTo(fingerprint);
            }
            fingerprint = after;
        } else if (response.status() < 300) {
            fingerprint = fingerprint(); // an accepted request may change data
        }
    }

    @Provide
    Arbitrary<FuzzRequest> requests() {
        return new Requests(PROJECT, knownIds).requestsFor(operations);
    }

    /** Every row of the fuzz project and of the fuzz management account, as one hash per table. */
    private static String fingerprint() {
        StringBuilder all = new StringBuilder();
        for (String table : List.of("management_project", "management_user")) {
            all.append(table).append('=').append(jdbc.sql("select count(*) || ':' || coalesce(sum(hashtext(t::text)), 0) "
                    + "from " + table + " t where account_id = ?").param(PROJECT).query(String.class).single()).append(' ');
        }
        for (String table : List.of("management_resource", "management_webhook")) {
            all.append(table).append('=').append(jdbc.sql("select count(*) || ':' || coalesce(sum(hashtext(t::text)), 0) "
                    + "from " + table + " t join management_project p on p.id = t.project_id where p.account_id = ?")
                    .param(PROJECT).query(String.class).single()).append(' ');
        }
        for (String table : projectTables) {
            all.append(table).append('=').append(jdbc.sql("select count(*) || ':' || coalesce(sum(hashtext(t::text)), 0) "
                    + "from " + table + " t where project_id = ?").param(PROJECT).query(String.class).single()).append(' ');
        }
        return all.toString();
    }

    /** Real resources, so that generated ids sometimes name something that exists. */
    private static List<String> seed(ApiClient api) {
        List<String> ids = new ArrayList<>();
        String voucher = "{\"type\":\"DISCOUNT_VOUCHER\",\"discount\":{\"type\":\"PERCENT\",\"percent_off\":10}}";
        JsonNode campaign = api.post("/v1/campaigns", ApiClient.json("{\"name\":\"Fuzz Campaign\","
                + "\"campaign_type\":\"DISCOUNT_COUPONS\",\"vouchers_count\":3,\"voucher\":" + voucher + "}")).body();
        ids.add(campaign.path("id").asString());
        ids.add("Fuzz Campaign");
        for (JsonNode v : api.get("/v1/vouchers?campaign=Fuzz%20Campaign").body().path("vouchers")) {
            ids.add(v.path("code").asString());
            ids.add(v.path("id").asString());
        }
        ids.add(api.post("/v1/vouchers/FUZZ-CODE", ApiClient.json(voucher)).body().path("code").asString());
        ids.add(api.post("/v1/categories", ApiClient.json("{\"name\":\"Fuzz\",\"hierarchy\":1}")).body().path("id")
                .asString());
        ids.add(api.post("/v1/validation-rules", ApiClient.json("{\"name\":\"Fuzz rule\",\"type\":\"basic\","
                + "\"rules\":{\"logic\":\"\"}}")).body().path("id").asString());
        JsonNode loyalty = api.post("/v1/loyalties", ApiClient.json("{\"name\":\"Fuzz Loyalty\",\"voucher\":"
                + "{\"type\":\"LOYALTY_CARD\",\"loyalty_card\":{\"points\":0}}}")).body();
        ids.add(loyalty.path("id").asString());
        JsonNode publication = api.post("/v1/publications", ApiClient.json("{\"campaign\":{\"name\":\"Fuzz Campaign\"},"
                + "\"customer\":{\"source_id\":\"fuzz-customer\"}}")).body();
        ids.add(publication.path("id").asString());
        ids.add(publication.path("customer_id").asString());
        ids.add("fuzz-customer");
        ApiClient management = ApiClient.anonymous(port).withHeader("X-Management-Id", PROJECT)
                .withHeader("X-Management-Token", "fuzz-token");
        String project = management.post("/management/v1/projects", ApiClient.json("{\"name\":\"Fuzz\","
                + "\"case_sensitive_codes\":true,\"timezone\":\"UTC\",\"currency\":\"EUR\"}")).body().path("id").asString();
        ids.add(project);
        ids.add(management.post("/management/v1/projects/" + project + "/metadata-schemas", ApiClient.json(
                "{\"related_object\":\"customer\",\"properties\":{\"tier\":{\"type\":\"string\"}}}")).body().path("id")
                .asString());
        ids.add(management.post("/management/v1/projects/" + project + "/branding", ApiClient.json(
                "{\"brand\":{\"name\":\"Fuzz\"}}")).body().path("id").asString());
        ids.removeIf(id -> id == null || id.isEmpty());
        return List.copyOf(ids);
    }
}
