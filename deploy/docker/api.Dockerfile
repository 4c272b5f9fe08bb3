# syntax=docker/dockerfile:1.7
# FinNexus API (Spring Boot): alerts/cases REST + review UI, job triggers, hosts the Spring Batch
# jobs and Quartz (clustered in PostgreSQL). Build from the repository root:
#   docker build -f deploy/docker/api.Dockerfile -t finnexus/api:dev .

# ---- build stage: Maven wrapper + JDK 17; the ~/.m2 cache mount keeps rebuilds fast ----
# The runnable jar is the Spring Boot fat jar target/finnexus-api-exec.jar (the plain
# finnexus-api.jar stays the module's artifact for other modules).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests -pl api -am package \
    && mkdir -p /out \
    && cp api/target/finnexus-api-exec.jar /out/finnexus-api.jar

# ---- runtime stage: JRE only, non-root, no build tools ----
FROM eclipse-temurin:17-jre
# curl only for HEALTHCHECK; the JRE image does not promise one
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 finnexus \
    && useradd --system --uid 10001 --gid finnexus --home-dir /app --shell /usr/sbin/nologin finnexus \
    && mkdir -p /app /var/lib/finnexus/backups \
    && chown -R finnexus:finnexus /var/lib/finnexus
WORKDIR /app
COPY --from=build /out/finnexus-api.jar /app/finnexus-api.jar
USER 10001:10001
ENV FINNEXUS_API_PORT=8080 \
    FINNEXUS_BACKUP_DIR=/var/lib/finnexus/backups \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
# Liveness only: readiness (DB, Kafka, Mongo, search) is the orchestrator's business.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=4 \
  CMD curl -fsS -o /dev/null http://127.0.0.1:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-jar", "/app/finnexus-api.jar"]
