package io.finnexus.api;

import io.finnexus.api.security.ProductionSafetyCheck;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The FinNexus API service: alert store and review workflow, search, audit log, job control, and
 * the officers' web UI. It also hosts the batch jobs of {@code io.finnexus.batch}, scanned here.
 *
 * <p>Contract: {@link #start(String...)} runs the service and returns its context (the {@code
 * finnexus} CLI starts it this way); closing the context stops it.
 */
@SpringBootApplication(scanBasePackages = {"io.finnexus.api", "io.finnexus.batch"})
@ConfigurationPropertiesScan("io.finnexus.api")
public class FinNexusApiApplication {

  public static void main(String[] args) {
    start(args);
  }

  /** Starts the service with Spring Boot command-line arguments ({@code --key=value}). */
  public static ConfigurableApplicationContext start(String... args) {
    SpringApplication application = new SpringApplication(FinNexusApiApplication.class);
    application.addListeners(new ProductionSafetyCheck());
    return application.run(args);
  }
}
