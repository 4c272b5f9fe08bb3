package io.finnexus.api.jobs;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Attaches every {@link EveryJobListener} bean to every {@code Job} bean once the context's
 * singletons exist, before Quartz or anyone else can start a run.
 */
@Component
public class JobListenerRegistrar implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(JobListenerRegistrar.class);

  private final ObjectProvider<Job> jobs;
  private final ObjectProvider<EveryJobListener> listeners;

  public JobListenerRegistrar(
      ObjectProvider<Job> jobs, ObjectProvider<EveryJobListener> listeners) {
    this.jobs = jobs;
    this.listeners = listeners;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<EveryJobListener> all = listeners.orderedStream().toList();
    jobs.orderedStream()
        .forEach(
            job -> {
              if (job instanceof AbstractJob attachable) {
                all.forEach(attachable::registerJobExecutionListener);
              } else {
                LOG.warn("job {} takes no listeners: its runs are not counted", job.getName());
              }
            });
  }
}
