package io.finnexus.flink;

import io.finnexus.flink.aml.AccountMonitorFunction;
import io.finnexus.flink.aml.CycleHopFunction;
import io.finnexus.flink.aml.CycleLegs;
import io.finnexus.flink.event.AlertRecord;
import io.finnexus.flink.event.ParsedTransaction;
import io.finnexus.flink.event.RuleUpdate;
import io.finnexus.flink.event.TracedLeg;
import io.finnexus.flink.event.TracedToken;
import io.finnexus.flink.ingest.IngestRouter;
import io.finnexus.flink.ingest.LegSplitter;
import io.finnexus.flink.sanctions.SanctionsScreeningFunction;
import io.finnexus.flink.seal.SealAlerts;
import io.finnexus.scoring.aml.CycleLimits;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The Flink AML-monitoring job: transactions in, alerts out, exactly once.
 *
 * <pre>
 * transactions ─► ingest-router ─┬─► dead letters ─► transactions.dlq
 *                                ├─► late ─► transactions.late (counted, not scored)
 *                                ├─► sanctions-screening ─────────────────────────────┐
 *                                └─► legs ─keyBy(account)─► account-monitor ──────────┤
 *   model-events (aml-rules) ─broadcast──┘        │ first-hop tokens                  │
 *                                legs ─► cycle-hop-1 ─► cycle-hop-2 … cycle-hop-8 ────┴─► seal-alerts ─► alerts
 * </pre>
 *
 * <p>The job takes its sources and sinks in the constructor ({@code main} wires Kafka, tests wire
 * bounded sources and collecting sinks) and builds the whole graph in {@link #build}. Every
 * stateful operator has a fixed uid from {@link OperatorIds}.
 *
 * <p>The job writes alerts to Kafka only. The PostgreSQL alert store has one owner, the API's
 * alerts consumer, which upserts by the deterministic alert id; re-emissions of an episode (with
 * more evidence) therefore update one alert, and a replay never duplicates.
 */
public final class AmlMonitoringJob {
  public static final String JOB_NAME = "aml-monitoring";

  private final Source<ParsedTransaction, ?, ?> transactions;
  private final Source<RuleUpdate, ?, ?> rules;
  private final Sink<AlertRecord> alerts;
  private final Sink<ParsedTransaction> deadLetters;
  private final Sink<ParsedTransaction> late;
  private final JobSettings settings;
  private final CycleLimits cycleLimits;
  private final SealAlerts seal;

  /** The job, sealing alerts with the key store of the task managers' environment. */
  public AmlMonitoringJob(
      Source<ParsedTransaction, ?, ?> transactions,
      Source<RuleUpdate, ?, ?> rules,
      Sink<AlertRecord> alerts,
      Sink<ParsedTransaction> deadLetters,
      Sink<ParsedTransaction> late,
      JobSettings settings) {
    this(transactions, rules, alerts, deadLetters, late, settings, SealAlerts.fromEnvironment());
  }

  /** The job, sealing alerts with {@code seal} before the alerts sink. */
  public AmlMonitoringJob(
      Source<ParsedTransaction, ?, ?> transactions,
      Source<RuleUpdate, ?, ?> rules,
      Sink<AlertRecord> alerts,
      Sink<ParsedTransaction> deadLetters,
      Sink<ParsedTransaction> late,
      JobSettings settings,
      SealAlerts seal) {
    this.seal = seal;
    this.transactions = transactions;
    this.rules = rules;
    this.alerts = alerts;
    this.deadLetters = deadLetters;
    this.late = late;
    this.settings = settings;
    CycleLimits d = CycleLimits.defaults();
    this.cycleLimits =
        new CycleLimits(
            d.minHops(),
            settings.cycleMaxHops(),
            d.minHopRatio(),
            d.maxHopRatio(),
            d.minRetention(),
            d.window(),
            d.maxPathsPerAccount(),
            d.maxOutEdges(),
            d.maxForwardPerEvent());
  }

  /** Event time from the transaction, bounded out-of-orderness, idle partitions skipped. */
  public static WatermarkStrategy<ParsedTransaction> watermarks(JobSettings settings) {
    return WatermarkStrategy.<ParsedTransaction>forBoundedOutOfOrderness(settings.outOfOrderness())
        .withIdleness(settings.idleness())
        .withTimestampAssigner((record, kafkaTime) -> record.eventTime);
  }

  /** Adds the job's operators to {@code env}. */
  public void build(StreamExecutionEnvironment env) {
    SingleOutputStreamOperator<ParsedTransaction> routed =
        env.fromSource(transactions, watermarks(settings), OperatorIds.TRANSACTIONS_SOURCE)
            .uid(OperatorIds.TRANSACTIONS_SOURCE)
            .setParallelism(settings.sourceParallelism())
            .process(new IngestRouter())
            .uid(OperatorIds.INGEST_ROUTER)
            .name(OperatorIds.INGEST_ROUTER)
            .setParallelism(settings.sourceParallelism());
    routed.getSideOutput(IngestRouter.DEAD_LETTERS).sinkTo(deadLetters).uid(OperatorIds.DLQ_SINK);
    routed.getSideOutput(IngestRouter.LATE).sinkTo(late).uid(OperatorIds.LATE_SINK);

    DataStream<TracedLeg> legs =
        routed
            .flatMap(new LegSplitter(), TypeInformation.of(TracedLeg.class))
            .uid(OperatorIds.LEG_SPLITTER)
            .name(OperatorIds.LEG_SPLITTER)
            .setParallelism(settings.sourceParallelism());
    SingleOutputStreamOperator<AlertRecord> monitored =
        legs.keyBy(TracedLeg::account, Types.STRING)
            .connect(ruleBroadcast(env))
            .process(new AccountMonitorFunction(cycleLimits, settings.stateRetention()))
            .uid(OperatorIds.ACCOUNT_MONITOR)
            .name(OperatorIds.ACCOUNT_MONITOR);
    DataStream<AlertRecord> all = monitored.union(cycleStages(legs, monitored));
    if (settings.sanctionsDir() != null) {
      all =
          all.union(
              routed
                  .process(SanctionsScreeningFunction.fromDirectory(settings.sanctionsDir()))
                  .uid(OperatorIds.SANCTIONS_SCREENING)
                  .name(OperatorIds.SANCTIONS_SCREENING));
    }
    all.map(seal, TypeInformation.of(AlertRecord.class))
        .uid(OperatorIds.SEAL_ALERTS)
        .name(OperatorIds.SEAL_ALERTS)
        .sinkTo(alerts)
        .uid(OperatorIds.ALERTS_SINK)
        .name(OperatorIds.ALERTS_SINK);
  }

  private BroadcastStream<RuleUpdate> ruleBroadcast(StreamExecutionEnvironment env) {
    WatermarkStrategy<RuleUpdate> idle =
        WatermarkStrategy.<RuleUpdate>forMonotonousTimestamps().withIdleness(settings.idleness());
    return env.fromSource(rules, idle, OperatorIds.RULES_SOURCE)
        .uid(OperatorIds.RULES_SOURCE)
        .setParallelism(1)
        .broadcast(AccountMonitorFunction.RULES);
  }

  /** Stages 1..maxHops; returns the union of their alerts. */
  private DataStream<AlertRecord> cycleStages(
      DataStream<TracedLeg> legs, SingleOutputStreamOperator<AlertRecord> monitored) {
    DataStream<TracedLeg> transfers =
        legs.filter(new CycleLegs())
            .uid(OperatorIds.CYCLE_LEGS)
            .name(OperatorIds.CYCLE_LEGS)
            .setParallelism(settings.sourceParallelism());
    DataStream<TracedToken> tokens = monitored.getSideOutput(AccountMonitorFunction.TOKENS);
    DataStream<AlertRecord> found = null;
    for (int hop = 1; hop <= cycleLimits.maxHops(); hop++) {
      SingleOutputStreamOperator<AlertRecord> stage =
          transfers
              .keyBy(TracedLeg::account, Types.STRING)
              .connect(tokens.keyBy(TracedToken::receiver, Types.STRING))
              .process(new CycleHopFunction(hop, cycleLimits))
              .uid(OperatorIds.cycleHop(hop))
              .name(OperatorIds.cycleHop(hop));
      found = found == null ? stage : found.union(stage);
      tokens = stage.getSideOutput(CycleHopFunction.NEXT_HOP);
    }
    return found;
  }

  public static void main(String[] args) throws Exception {
    JobSettings settings = JobSettings.parse(args);
    StreamExecutionEnvironment env = FlinkEnvironments.create(settings);
    new AmlMonitoringJob(
            KafkaWiring.transactionsSource(settings),
            KafkaWiring.rulesSource(settings),
            KafkaWiring.alertsSink(settings),
            KafkaWiring.deadLetterSink(settings),
            KafkaWiring.lateSink(settings),
            settings)
        .build(env);
    env.execute(JOB_NAME);
  }
}
