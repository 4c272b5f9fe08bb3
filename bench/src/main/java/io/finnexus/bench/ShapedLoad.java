package io.finnexus.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * Runs a {@link LoadProfile#STRESS} or {@link LoadProfile#SPIKE} load against a running pipeline: a
 * {@link PacedSender} offers the shape's rate while this thread reads the scored records and closes
 * a one-second window at a time (p99 latency of the records read in it, consumer lag at its end),
 * which the shape's {@link Shape} turns into the next rate or the end of the run. What is read is
 * an {@link Output}: the streams app's scored records (one per transaction), or the Flink job's
 * alerts with its committed consumer offsets for the lag.
 *
 * <p>Its result lines start with {@code BENCH <name> spike} or {@code BENCH <name> stress}; the
 * harness prints them before its usual last line, whose figures then cover the whole shaped run.
 */
final class ShapedLoad {

  /** What a shaped run measured: records read, seconds, latency of all, the shape's lines. */
  record Result(long consumed, double seconds, Histogram latency, List<String> lines) {}

  /** One closed window: index (= seconds since start), p99 of its records, lag at its end. */
  record Window(int index, long p99Millis, long lag, long records) {}

  /** Decides the rate after each window; returns a negative rate to end the run. */
  interface Shape {
    double next(Window window, double currentRate);

    List<String> lines();
  }

  private ShapedLoad() {}

  static Shape shape(String name, LoadProfile profile, int rate, LoadTargets targets) {
    int base = rate > 0 ? rate : 1000;
    return profile == LoadProfile.SPIKE
        ? new SpikeShape(name, base, targets)
        : new StressShape(name, base, targets);
  }

  /**
   * What a shaped run watches: the records the pipeline emitted (their latency) and how much of the
   * offered load it has processed (for the lag). {@link #consumer} is the streams case: one output
   * record per input record.
   */
  interface Output {
    /** Reads what arrived since the last call, recording each record's latency in both. */
    void poll(Histogram all, Histogram window);

    /** Records of the offered load processed so far. */
    long processed();
  }

  /** One output record per offered record, read by {@code consumer}: processed = records read. */
  static Output consumer(KafkaConsumer<byte[], byte[]> consumer) {
    return new Output() {
      private long consumed;

      @Override
      public void poll(Histogram all, Histogram window) {
        consumed += read(consumer, all, window);
      }

      @Override
      public long processed() {
        return consumed;
      }
    };
  }

  static Result run(
      Shape shape,
      double initialRate,
      PacedSender sender,
      KafkaConsumer<byte[], byte[]> consumer,
      Duration drainTimeout)
      throws InterruptedException {
    return run(shape, initialRate, sender, consumer(consumer), drainTimeout);
  }

  static Result run(
      Shape shape, double initialRate, PacedSender sender, Output output, Duration drainTimeout)
      throws InterruptedException {
    sender.rate(initialRate);
    Thread thread = new Thread(sender, "bench-shaped-producer");
    Histogram all = new Histogram(TimeUnit.MINUTES.toMillis(10), 3);
    Histogram window = new Histogram(TimeUnit.MINUTES.toMillis(10), 3);
    long start = System.nanoTime();
    thread.start();
    int index = 0;
    long windowEnd = start + TimeUnit.SECONDS.toNanos(1);
    while (true) {
      output.poll(all, window);
      if (System.nanoTime() >= windowEnd) {
        long lag = Math.max(0, sender.sent() - output.processed());
        long p99 = window.getTotalCount() == 0 ? 0 : window.getValueAtPercentile(99);
        double next =
            shape.next(new Window(index, p99, lag, window.getTotalCount()), sender.rate());
        window.reset();
        index++;
        windowEnd += TimeUnit.SECONDS.toNanos(1);
        if (next < 0) {
          break;
        }
        sender.rate(next);
      }
    }
    sender.stop();
    thread.join();
    long deadline = System.nanoTime() + drainTimeout.toNanos();
    LongSupplier remaining = () -> sender.sent() - output.processed();
    while (remaining.getAsLong() > 0 && System.nanoTime() < deadline) {
      output.poll(all, window);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(output.processed(), seconds, all, shape.lines());
  }

  private static long read(
      KafkaConsumer<byte[], byte[]> consumer, Histogram all, Histogram window) {
    long n = 0;
    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(50))) {
      long latency = Math.max(0, System.currentTimeMillis() - record.timestamp());
      all.recordValue(latency);
      window.recordValue(latency);
      n++;
    }
    return n;
  }

  /** Base rate, ten times the rate for the spike, base rate until healthy again. */
  static final class SpikeShape implements Shape {
    private final String name;
    private final int rate;
    private final LoadTargets targets;
    private final List<String> lines = new ArrayList<>();
    private long peakP99;
    private long peakLag;
    private int healthyStreak;

    SpikeShape(String name, int rate, LoadTargets targets) {
      this.name = name;
      this.rate = rate;
      this.targets = targets;
    }

    @Override
    public double next(Window w, double currentRate) {
      int spikeStart = targets.baseSeconds();
      int spikeEnd = spikeStart + targets.spikeSeconds();
      int second = w.index() + 1; // the window just closed ends at this second
      if (second >= spikeStart) {
        peakP99 = Math.max(peakP99, w.p99Millis());
        peakLag = Math.max(peakLag, w.lag());
      }
      if (second < spikeStart) {
        return rate;
      }
      if (second < spikeEnd) {
        return rate * 10.0;
      }
      if (second > spikeEnd) { // windows wholly after the spike
        healthyStreak = targets.healthy(w.p99Millis(), w.lag()) ? healthyStreak + 1 : 0;
      }
      if (healthyStreak >= targets.healthyWindows()) {
        int recoveredAt = second - targets.healthyWindows() + 1;
        finish(recoveredAt - spikeEnd);
        return -1;
      }
      if (second - spikeEnd >= targets.recoveryLimitSeconds()) {
        finish(-1);
        return -1;
      }
      return rate;
    }

    private void finish(int recoverySeconds) {
      lines.add(
          String.format(
              "BENCH %s spike base_tx_s=%d spike_tx_s=%d spike_s=%d peak_p99_ms=%d peak_lag=%d"
                  + " target_p99_ms=%d target_lag=%d",
              name,
              rate,
              rate * 10,
              targets.spikeSeconds(),
              peakP99,
              peakLag,
              targets.p99Millis(),
              targets.maxLag()));
      lines.add(
          recoverySeconds < 0
              ? String.format(
                  "BENCH %s spike recovery_s=-1 (not recovered within %d s)",
                  name, targets.recoveryLimitSeconds())
              : String.format("BENCH %s spike recovery_s=%d", name, recoverySeconds));
    }

    @Override
    public List<String> lines() {
      return lines;
    }
  }

  /** Steps of 1.5 times the previous rate until a step breaks a target. */
  static final class StressShape implements Shape {
    private static final int MAX_STEPS = 20;
    private final String name;
    private final LoadTargets targets;
    private final List<String> lines = new ArrayList<>();
    private double stepRate;
    private double sustained;
    private int step;
    private long stepWorstP99;

    StressShape(String name, int rate, LoadTargets targets) {
      this.name = name;
      this.targets = targets;
      this.stepRate = rate;
    }

    @Override
    public double next(Window w, double currentRate) {
      int inStep = (w.index() % targets.stepSeconds()) + 1;
      if (inStep > 2) { // the first two seconds of a step let the pipeline settle
        stepWorstP99 = Math.max(stepWorstP99, w.p99Millis());
      }
      if (inStep < targets.stepSeconds()) {
        return stepRate;
      }
      boolean ok = targets.healthy(stepWorstP99, w.lag());
      System.out.printf(
          "stress step %d rate=%.0f/s worst_p99_ms=%d lag=%d %s%n",
          step, stepRate, stepWorstP99, w.lag(), ok ? "ok" : "broken");
      if (!ok || ++step >= MAX_STEPS) {
        if (ok) {
          sustained = stepRate;
        }
        lines.add(
            String.format(
                "BENCH %s stress max_sustained_tx_s=%.0f first_broken_tx_s=%s target_p99_ms=%d"
                    + " target_lag=%d",
                name,
                sustained,
                ok ? "none" : String.format("%.0f", stepRate),
                targets.p99Millis(),
                targets.maxLag()));
        return -1;
      }
      sustained = stepRate;
      stepRate *= 1.5;
      stepWorstP99 = 0;
      return stepRate;
    }

    @Override
    public List<String> lines() {
      return lines;
    }
  }
}
