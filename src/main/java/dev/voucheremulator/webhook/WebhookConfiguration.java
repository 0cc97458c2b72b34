package dev.voucheremulator.webhook;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    /** Until a feature keeps webhook configurations, no project has any. */
    @Bean
    @ConditionalOnMissingBean(WebhookSubscriptions.class)
    WebhookSubscriptions noWebhookSubscriptions() {
        return new WebhookSubscriptions() {
            @Override
            public List<Subscription> active(String projectId, String eventType) {
                return List.of();
            }

            @Override
            public void disable(String projectId, String webhookId) {
            }
        };
    }
}
