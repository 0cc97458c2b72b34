package dev.voucheremulator.webhook;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts {@link InMemoryWebhookSubscriptions} in place of the port's implementation. */
@TestConfiguration(proxyBeanMethods = false)
class WebhookTestConfiguration {

    @Bean
    @Primary
    InMemoryWebhookSubscriptions inMemoryWebhookSubscriptions() {
        return new InMemoryWebhookSubscriptions();
    }
}
