package io.finnexus.embedded;

import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that injects shared embedded servers into test constructors, lifecycle and test
 * methods: {@code @ExtendWith(EmbeddedServers.class)} and a parameter of type {@link
 * EmbeddedPostgres}, {@link EmbeddedKafka}, {@link EmbeddedMongo}, {@link EmbeddedSearch} or {@link
 * EmbeddedS3} (whose test needs {@code org.gaul:s3proxy} on its class path).
 *
 * <p>Contract: one ephemeral server of each kind per test JVM, started on first use and stopped
 * when the JVM exits; test classes share it, so each should use its own database ({@link
 * EmbeddedPostgres#createDatabase(String)}), topics or indices. Tests that need search are skipped
 * with {@link EmbeddedSearch#unavailableReason()} where no node can run. The static accessors give
 * the same instances to code that is not a JUnit parameter.
 */
public final class EmbeddedServers implements ParameterResolver, ExecutionCondition {

  private static final Map<Class<?>, Supplier<? extends EmbeddedServer>> FACTORIES =
      Map.of(
          EmbeddedPostgres.class, EmbeddedPostgres::ephemeral,
          EmbeddedKafka.class, EmbeddedKafka::ephemeral,
          EmbeddedMongo.class, EmbeddedMongo::ephemeral,
          EmbeddedSearch.class, EmbeddedSearch::ephemeral,
          EmbeddedS3.class, EmbeddedS3::ephemeral);

  /** The shared PostgreSQL server of this JVM. */
  public static EmbeddedPostgres postgres() {
    return get(EmbeddedPostgres.class);
  }

  /** The shared Kafka broker of this JVM. */
  public static EmbeddedKafka kafka() {
    return get(EmbeddedKafka.class);
  }

  /** The shared MongoDB wire-protocol server of this JVM. */
  public static EmbeddedMongo mongo() {
    return get(EmbeddedMongo.class);
  }

  /** The shared S3-compatible store of this JVM (needs {@code org.gaul:s3proxy}). */
  public static EmbeddedS3 s3() {
    return get(EmbeddedS3.class);
  }

  /**
   * The shared Elasticsearch node of this JVM.
   *
   * @throws IllegalStateException if {@link EmbeddedSearch#isAvailable()} is false
   */
  public static EmbeddedSearch search() {
    return get(EmbeddedSearch.class);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return FACTORIES.containsKey(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return get(type.asSubclass(EmbeddedServer.class));
  }

  private static <T extends EmbeddedServer> T get(Class<T> type) {
    @SuppressWarnings("unchecked")
    Supplier<T> factory = (Supplier<T>) FACTORIES.get(type);
    return SharedServers.get(type, factory);
  }

  /** Skips a test class or method that takes an {@link EmbeddedSearch} where none can run. */
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (EmbeddedSearch.isAvailable() || !needsSearch(context)) {
      return ConditionEvaluationResult.enabled("no search node needed, or one can run");
    }
    return ConditionEvaluationResult.disabled(
        "Elasticsearch unavailable: " + EmbeddedSearch.unavailableReason());
  }

  private static boolean needsSearch(ExtensionContext context) {
    if (context.getTestMethod().isPresent()) {
      return takesSearch(context.getTestMethod().get());
    }
    return context
        .getTestClass()
        .map(
            testClass ->
                Stream.concat(
                        Arrays.stream(testClass.getDeclaredConstructors()),
                        lifecycleMethods(testClass))
                    .anyMatch(EmbeddedServers::takesSearch))
        .orElse(false);
  }

  private static Stream<Method> lifecycleMethods(Class<?> testClass) {
    return Stream.<Class<?>>iterate(testClass, type -> type != null, Class::getSuperclass)
        .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
        .filter(
            method ->
                method.isAnnotationPresent(BeforeAll.class)
                    || method.isAnnotationPresent(BeforeEach.class)
                    || method.isAnnotationPresent(AfterEach.class)
                    || method.isAnnotationPresent(AfterAll.class));
  }

  private static boolean takesSearch(Executable executable) {
    return Arrays.asList(executable.getParameterTypes()).contains(EmbeddedSearch.class);
  }
}
