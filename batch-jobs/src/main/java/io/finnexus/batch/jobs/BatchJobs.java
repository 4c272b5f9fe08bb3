package io.finnexus.batch.jobs;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.batch.core.job.Job;

/**
 * The jobs of this context by name. Spring Boot 4.0 defines no {@code JobRegistry} bean (the {@code
 * JobOperator} keeps its own), so schedules and the CLI look jobs up here.
 */
public final class BatchJobs {

  private final List<Job> jobs;

  public BatchJobs(List<Job> jobs) {
    this.jobs = List.copyOf(jobs);
  }

  public Optional<Job> find(String name) {
    return jobs.stream().filter(j -> j.getName().equals(name)).findFirst();
  }

  public SortedSet<String> names() {
    SortedSet<String> names = new TreeSet<>();
    jobs.forEach(j -> names.add(j.getName()));
    return names;
  }
}
