package io.finnexus.api.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for read-audit entries: request threads enqueue and wait; one writer thread drains
 * whatever is queued, appends it in one transaction (one advisory-lock round trip for many reads)
 * and releases the waiters. A read is answered only after its audit entry is durable; if the log
 * cannot be written the read fails, it is never served unaudited.
 */
@Component
public class ReadAuditWriter implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(ReadAuditWriter.class);
  private static final int MAX_BATCH = 1000;

  private record Pending(AuditEntry entry, CompletableFuture<Void> done) {}

  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(100_000);
  private final AuditAppender appender;
  private final TransactionTemplate tx;
  private volatile Thread thread;
  private volatile boolean running;

  public ReadAuditWriter(AuditAppender appender, TransactionTemplate tx) {
    this.appender = appender;
    this.tx = tx;
  }

  /** Enqueues {@code entry} and waits (at most 10 s) until it is committed. */
  void write(AuditEntry entry) {
    Pending pending = new Pending(entry, new CompletableFuture<>());
    if (!running || !queue.offer(pending)) {
      throw new IllegalStateException("audit log writer not accepting entries");
    }
    try {
      pending.done().get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the audit log", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("audit log write failed", e);
    }
  }

  private void loop() {
    List<Pending> batch = new ArrayList<>();
    while (running || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        flush(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        batch.clear();
      }
    }
  }

  private void flush(List<Pending> batch) {
    try {
      List<AuditEntry> entries = batch.stream().map(Pending::entry).toList();
      tx.executeWithoutResult(status -> appender.append(entries));
      batch.forEach(p -> p.done().complete(null));
    } catch (RuntimeException e) {
      LOG.error("could not write {} read-audit entries", batch.size(), e);
      batch.forEach(p -> p.done().completeExceptionally(e));
    }
  }

  @Override
  public void start() {
    running = true;
    thread = new Thread(this::loop, "audit-read-writer");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void stop() {
    running = false;
    Thread t = thread;
    if (t != null) {
      try {
        t.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
