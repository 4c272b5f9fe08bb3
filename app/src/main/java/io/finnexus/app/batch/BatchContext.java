package io.finnexus.app.batch;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The minimal Spring context of {@code finnexus batch run}: auto-configuration (DataSource, Flyway,
 * Spring Batch JDBC) plus every configuration under {@code io.finnexus.batch}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("io.finnexus.batch")
public class BatchContext {}
