package dev.voucheremulator;

import dev.voucheremulator.api.db.EmbeddedPostgresEarlyStart;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EmulatorApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(EmulatorApplication.class);
        // the embedded PostgreSQL starts while the context is built, not when the first bean needs it
        application.addListeners(new EmbeddedPostgresEarlyStart());
        if (Boolean.getBoolean(TrainingRun.PROPERTY)) {
            application.addListeners(new TrainingRun());
        }
        application.run(args);
    }
}
