package io.finnexus.api.search;

import io.finnexus.api.resilience.DependencyUnavailableException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Indexes the gap a search outage left: every {@code finnexus.search.catch-up-interval} it drains
 * the {@link AlertIndexBacklog} page by page through the search guard. While the breaker is open
 * each attempt fails fast; once it lets trial calls through, the first page is the trial, and the
 * drain goes on until the backlog is empty. The backlog's size is the gauge {@code
 * finnexus.search.index.backlog} (alerts in PostgreSQL not yet searchable).
 */
@Component
class AlertIndexCatchUp implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(AlertIndexCatchUp.class);

  private static final int MAX_PAGES_PER_ROUND = 100;

  private final AlertIndexer indexer;
  private final SearchNode node;
  private final SearchProperties props;
  private final TaskScheduler scheduler;
  private final AtomicLong backlog = new AtomicLong();
  private volatile ScheduledFuture<?> task;

  AlertIndexCatchUp(
      AlertIndexer indexer,
      SearchNode node,
      SearchProperties props,
      TaskScheduler scheduler,
      MeterRegistry meters) {
    this.indexer = indexer;
    this.node = node;
    this.props = props;
    this.scheduler = scheduler;
    Gauge.builder("finnexus.search.index.backlog", backlog, AtomicLong::get)
        .description("alerts stored in PostgreSQL whose current version is not yet indexed")
        .register(meters);
  }

  /** One round: drains the backlog while the node takes it; never throws. */
  void drain() {
    try {
      long indexed = 0;
      int page;
      for (int round = 0;
          round < MAX_PAGES_PER_ROUND && (page = indexer.catchUpPage()) > 0;
          round++) {
        indexed += page;
      }
      if (indexed > 0) {
        LOG.info("search index caught up: {} queued alerts indexed", indexed);
      }
    } catch (DependencyUnavailableException e) {
      LOG.debug("search catch-up waits: {}", e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("search catch-up failed: {}", e.toString());
    } finally {
      try {
        backlog.set(indexer.backlogSize());
      } catch (RuntimeException e) {
        LOG.debug("backlog size unknown: {}", e.toString());
      }
    }
  }

  @Override
  public void start() {
    if (node.configured()) {
      task = scheduler.scheduleWithFixedDelay(this::drain, props.catchUpInterval());
    }
  }

  @Override
  public void stop() {
    ScheduledFuture<?> t = task;
    if (t != null) {
      t.cancel(false);
    }
    task = null;
  }

  @Override
  public boolean isRunning() {
    return task != null;
  }
}
