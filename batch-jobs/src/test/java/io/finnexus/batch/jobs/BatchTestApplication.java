package io.finnexus.batch.jobs;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/** The host of the ITs: what the api module does, minus the web (scans io.finnexus.batch). */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("io.finnexus.batch")
public class BatchTestApplication {

  @Bean
  TestFaults testFaults() {
    return new TestFaults();
  }
}
