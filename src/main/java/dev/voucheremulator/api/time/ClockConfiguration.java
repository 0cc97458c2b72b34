package dev.voucheremulator.api.time;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one clock every timestamp comes from: the current project's test clock when it has one, wall
 * time otherwise. Tests replace the {@link WallClock} to place events in time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    WallClock wallClock() {
        Clock system = Clock.systemUTC();
        return system::instant;
    }

    @Bean
    @Primary
    Clock clock(ProjectClocks clocks) {
        return new ProjectClock(clocks);
    }
}
