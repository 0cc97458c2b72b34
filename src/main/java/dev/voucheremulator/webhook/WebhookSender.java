package dev.voucheremulator.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** One POST of a delivery's body to its target, signed; never throws for what a receiver does. */
@Component
class WebhookSender {

    /** {@code statusCode} null when no answer came; {@code error} says why. */
    record Outcome(Integer statusCode, String error, long durationMs) {

        boolean acknowledged() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final HttpClient http;
    private final Duration timeout;

    WebhookSender(WebhookProperties properties) {
        this.timeout = properties.timeout();
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Outcome send(String targetUrl, String body, String secret) {
        long started = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(targetUrl))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "voucherify-emulator-webhooks")
                    .header(WebhookSignature.HEADER, WebhookSignature.of(body, secret))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new Outcome(status, status >= 200 && status < 300 ? null : "HTTP " + status, millisSince(started));
        } catch (HttpTimeoutException e) {
            return new Outcome(null, "no answer within " + timeout.toMillis() + " ms", millisSince(started));
        } catch (ConnectException e) {
            return new Outcome(null, "connection refused", millisSince(started));
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    millisSince(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", millisSince(started));
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
