# syntax=docker/dockerfile:1.7
# FinNexus fraud-scoring (Kafka Streams). Its own JVM: it must never share a classpath with Flink
# (rocksdbjni vs frocksdbjni). Build from the repository root:
#   docker build -f deploy/docker/fraud-streams.Dockerfile -t finnexus/fraud-streams:dev .

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests -pl streaming-jobs/fraud-streams -am package \
    && mkdir -p /out \
    && cp streaming-jobs/fraud-streams/target/fraud-streams-exec.jar /out/fraud-streams.jar

FROM eclipse-temurin:17-jre
# curl only for HEALTHCHECK; the JRE image does not promise one
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 finnexus \
    && useradd --system --uid 10001 --gid finnexus --home-dir /app --shell /usr/sbin/nologin finnexus \
    && mkdir -p /app /var/lib/finnexus/streams-state \
    && chown -R finnexus:finnexus /var/lib/finnexus
WORKDIR /app
COPY --from=build /out/fraud-streams.jar /app/fraud-streams.jar
USER 10001:10001
# RocksDB state lives on a volume: a restart with the same state dir skips the changelog restore.
VOLUME ["/var/lib/finnexus/streams-state"]
ENV FINNEXUS_STREAMS_STATE_DIR=/var/lib/finnexus/streams-state \
    FINNEXUS_STREAMS_METRICS_PORT=9464 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError"
EXPOSE 9464
# /health is 200 only while Kafka Streams is RUNNING (503 while rebalancing or restoring).
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=8 \
  CMD curl -fsS -o /dev/null http://127.0.0.1:9464/health || exit 1
# SIGTERM closes Kafka Streams gracefully (commits the open transaction) within FINNEXUS_STREAMS_SHUTDOWN_TIMEOUT.
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-jar", "/app/fraud-streams.jar"]
