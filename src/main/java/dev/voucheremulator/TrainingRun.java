package dev.voucheremulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;

/**
 * The start `package` records the class data archive with ({@code -Demulator.training-run=true}, see the
 * pom and README's Footprint): once the application is ready it asks for its health and a few API
 * answers, so the classes of the first requests are in the archive too, then the JVM exits, which
 * writes the archive. Whatever a request answers or throws, the run ends with the exit.
 */
final class TrainingRun implements ApplicationListener<ApplicationReadyEvent> {

    static final String PROPERTY = "emulator.training-run";

    private static final String[] PATHS = {
        "/actuator/health", "/v1/campaigns", "/v1/vouchers", "/v1/customers"
    };

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        int code = 0;
        try {
            if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
                askEach(web.getWebServer().getPort());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | IOException e) {
            // a failed request only leaves some classes out of the archive
        } finally {
            code = SpringApplication.exit(event.getApplicationContext());
        }
        System.exit(code);
    }

    private static void askEach(int port) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (String path : PATHS) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("X-App-Id", "training-run").header("X-App-Token", "training-run")
                    .timeout(Duration.ofSeconds(30)).GET().build();
            client.send(request, HttpResponse.BodyHandlers.discarding());
        }
    }
}
