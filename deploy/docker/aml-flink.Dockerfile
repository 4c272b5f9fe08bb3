# syntax=docker/dockerfile:1.7
# FinNexus AML-monitoring Flink job: the official Flink image with the shaded job jar in usrlib, for
# application mode (docker compose `standalone-job`, or the Flink Kubernetes Operator with
# jarURI local:///opt/flink/usrlib/aml-flink.jar). Build from the repository root:
#   docker build -f deploy/docker/aml-flink.Dockerfile -t finnexus/aml-flink:dev .

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests -pl streaming-jobs/aml-flink -am package \
    && mkdir -p /out \
    && cp streaming-jobs/aml-flink/target/aml-flink.jar /out/aml-flink.jar

FROM flink:2.2.1-java17
# The Prometheus reporter ships in the image's plugins/ folder; it only needs enabling (see
# FLINK_PROPERTIES in docker-compose.yml and flinkConfiguration in k8s). /flink-data holds
# checkpoints and savepoints in the compose stack (a shared volume owned by the flink user).
RUN mkdir -p /opt/flink/usrlib /flink-data/checkpoints /flink-data/savepoints \
    && chown -R flink:flink /opt/flink/usrlib /flink-data
COPY --from=build --chown=flink:flink /out/aml-flink.jar /opt/flink/usrlib/aml-flink.jar
# Non-root: the image's entrypoint runs as `flink` (uid 9999) too; Kubernetes sets runAsUser 9999.
USER flink
EXPOSE 8081 6123 6124 9249
