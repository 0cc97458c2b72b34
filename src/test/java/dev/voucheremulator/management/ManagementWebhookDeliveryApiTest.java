package dev.voucheremulator.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.EmulatorTest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook configured through the Management API receives the events of its project's /v1 changes,
 * signed with the project's webhook_token, as the emulator runs by default (deliveries after commit,
 * on their own thread).
 */
@EmulatorTest
class ManagementWebhookDeliveryApiTest {

    record Received(String type, String body, String signature) {
    }

    @LocalServerPort
    int port;

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void receive() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(JsonMapper.builder().build().readTree(body).get("type").asString(), body,
                    exchange.getRequestHeaders().getFirst("x-voucherify-signature")));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void aConfiguredWebhookGetsItsProjectsEventsSignedWithTheWebhookToken() throws Exception {
        ApiClient management = Management.account(port);
        JsonNode project = Management.createProject(management);
        String hooks = "/management/v1/projects/" + project.get("id").asString() + "/webhooks";
        String target = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
        assertThat(management.post(hooks, Map.of("target_url", target, "events", List.of("campaign.created"))).status())
                .isEqualTo(200);
        assertThat(management.post(hooks, Map.of("target_url", target, "events", List.of("campaign.deleted"),
                "active", false)).status()).isEqualTo(200);
        ApiClient shop = Management.keysOf(port, project);

        ApiClient.ApiResponse campaign = shop.post("/v1/campaigns", Map.of("name", "Hooked", "campaign_type",
                "DISCOUNT_COUPONS", "type", "AUTO_UPDATE", "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "PERCENT", "percent_off", 10))));
        assertThat(campaign.status()).as(campaign.text()).isEqualTo(200);
        assertThat(shop.delete("/v1/campaigns/" + campaign.body().get("id").asString()).status()).isLessThan(300);

        long deadline = System.nanoTime() + 15_000_000_000L;
        while (received.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(300); // anything else that was coming
        assertThat(received).extracting(Received::type).containsExactly("campaign.created");
        Received delivery = received.get(0);
        assertThat(delivery.signature()).isEqualTo(hmac(project.get("webhook_token").asString(), delivery.body()));
        assertThat(delivery.body()).contains("\"name\":\"Hooked\"");
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
