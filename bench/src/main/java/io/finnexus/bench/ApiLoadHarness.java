package io.finnexus.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Recorder;

/**
 * Load harness of the API's alert queue ({@code GET /alerts}): logs in as an officer, then N client
 * threads (a fixed pool; Java 17 has no virtual threads) send requests back to back for a bounded
 * time against a running API, rotating through the queue's common filters, and the harness reports
 * throughput and latency (HdrHistogram). Only loopback or a test host of your own is a target.
 *
 * <p>Usage: {@code ApiLoadHarness [--url http://127.0.0.1:8080] [--user officer] [--password
 * finnexus-demo] [--threads 16] [--seconds 30] [--warmup 10]}. Start the API with {@code
 * finnexus.rate-limit.enabled=false} (the per-client limit would otherwise answer 429) and 100,000
 * alerts in its store, e.g. with the api module's test-scope {@code io.finnexus.api.LoadRig}.
 *
 * <p>Last line: {@code BENCH api-alert-list req_s=X p50_ms=A p99_ms=B p999_ms=C errors=E}.
 */
public final class ApiLoadHarness {

  private static final String[] QUERIES = {
    "/alerts?limit=50",
    "/alerts?limit=50&status=NEW",
    "/alerts?limit=50&typology=CYCLE",
    "/alerts?limit=50&riskBand=HIGH&sort=-riskScore",
    "/alerts?limit=50&customer=CUST-42",
  };

  private ApiLoadHarness() {}

  public static void main(String[] args) throws Exception {
    String url = option(args, "--url", "http://127.0.0.1:8080");
    String user = option(args, "--user", "officer");
    String password = option(args, "--password", "finnexus-demo");
    int threads = Integer.parseInt(option(args, "--threads", "16"));
    int seconds = Integer.parseInt(option(args, "--seconds", "30"));
    int warmup = Integer.parseInt(option(args, "--warmup", "10"));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String token = login(http, url, user, password);
    System.out.printf("warming up %d s with %d threads against %s%n", warmup, threads, url);
    run(http, url, token, threads, warmup);
    Result r = run(http, url, token, threads, seconds);
    System.out.printf(
        "BENCH api-alert-list req_s=%.0f p50_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f errors=%d threads=%d seconds=%d%n",
        r.requests / (double) seconds,
        r.ms(50),
        r.ms(99),
        r.ms(99.9),
        r.histogram.getMaxValue() / 1e6,
        r.errors,
        threads,
        seconds);
  }

  private record Result(long requests, long errors, org.HdrHistogram.Histogram histogram) {
    double ms(double percentile) {
      return histogram.getValueAtPercentile(percentile) / 1e6;
    }
  }

  private static Result run(HttpClient http, String url, String token, int threads, int seconds)
      throws Exception {
    Recorder recorder = new Recorder(3);
    AtomicLong requests = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      workers.add(
          pool.submit(
              () -> {
                int i = offset;
                while (System.nanoTime() < end) {
                  HttpRequest request =
                      HttpRequest.newBuilder(URI.create(url + QUERIES[i++ % QUERIES.length]))
                          .header("Authorization", "Bearer " + token)
                          .timeout(Duration.ofSeconds(10))
                          .build();
                  long start = System.nanoTime();
                  try {
                    int status =
                        http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                    if (status != 200) {
                      errors.incrementAndGet();
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                  }
                  recorder.recordValue(System.nanoTime() - start);
                  requests.incrementAndGet();
                }
                return null;
              }));
    }
    for (Future<?> w : workers) {
      w.get();
    }
    pool.shutdown();
    return new Result(requests.get(), errors.get(), recorder.getIntervalHistogram());
  }

  private static String login(HttpClient http, String url, String user, String password)
      throws Exception {
    String body = "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}";
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url + "/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
    if (r.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
    }
    return m.group(1);
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
