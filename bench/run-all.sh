#!/usr/bin/env bash
# Every FinNexus figure in one command: builds, runs the JMH benchmarks and the load harnesses
# (streams, Flink, API, batch, purge) on this machine and writes docs/performance.md from their
# BENCH lines. Usage: bench/run-all.sh [--quick] [--only STEP,STEP...]
#   --quick  smaller runs, ~10-15 min instead of ~30
#   --only   re-run just these steps (jmh streams-max streams-5k streams-2k streams-spike flink api
#            reconcile backup purge), keeping the other figures of the previous run
# Logs of each step: bench/target/perf/<step>.log. Offline Maven: MVN_OFFLINE=1 bench/run-all.sh
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=full
ONLY=""
while [[ $# -gt 0 ]]; do
  case $1 in
    --quick) MODE=quick ;;
    --only) ONLY=",$2,"; shift ;;
    *) echo "usage: bench/run-all.sh [--quick] [--only STEP,STEP...]" >&2; exit 2 ;;
  esac
  shift
done
OUT=bench/target/perf
RESULTS=$OUT/results.txt
mkdir -p "$OUT"
touch "$RESULTS"
[[ -z $ONLY ]] && : > "$RESULTS"
MVN=(./mvnw -B -q)
[[ -n "${MVN_OFFLINE:-}" ]] && MVN+=(-o)

if [[ $MODE == quick ]]; then
  JMH=(-wi 1 -w 1s -i 2 -r 2s -f 1 -t 1); STREAMS_TX=30000; LATENCY_S=6; FLINK_TX=200000
  API=(--seconds 10 --warmup 5); RECONCILE=(300000 2); BACKUP_ROWS=100000
  SPIKE=(--base-s 5 --spike-s 10 --recovery-limit-s 90)
else
  JMH=(-wi 2 -w 2s -i 3 -r 2s -f 1 -t 1); STREAMS_TX=100000; LATENCY_S=20; FLINK_TX=1000000
  API=(--seconds 30 --warmup 10); RECONCILE=(1000000 3); BACKUP_ROWS=1000000; SPIKE=()
fi

# wanted STEP: true when this run measures STEP (then its earlier figures are dropped).
wanted() {
  [[ -z $ONLY || $ONLY == *",$1,"* ]] || return 1
  sed -i "/^STEP $1 /d" "$RESULTS"
}

log() { echo "[run-all $(date +%H:%M:%S)] $*" >&2; }
load() { cut -d' ' -f1 /proc/loadavg; }

# step NAME COMMAND...: runs it, keeps its log, records each of its BENCH lines as "STEP NAME BENCH …".
step() {
  local name=$1
  shift
  wanted "$name" || return 0
  local command="$*"
  log "$name: ${command:0:140}"
  if "$@" > "$OUT/$name.log" 2>&1; then
    grep -h '^BENCH ' "$OUT/$name.log" | sed "s/^/STEP $name /" >> "$RESULTS" \
      || echo "STEP $name FAILED no BENCH line" >> "$RESULTS"
  else
    log "$name failed, see $OUT/$name.log"
    echo "STEP $name FAILED exit=$?" >> "$RESULTS"
  fi
}

# classpath MODULE: the module's classes, test classes and test-scope dependencies.
classpath() {
  "${MVN[@]}" -pl "$1" dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/$OUT/$1.cp" > /dev/null
  echo "$1/target/classes:$1/target/test-classes:$(cat "$OUT/$1.cp")"
}

log "building every module (tests compiled, not run)"
"${MVN[@]}" -DskipTests install
sed -i '/^MACHINE /d' "$RESULTS"
echo "MACHINE mode=$MODE date=$(date -u +%Y-%m-%dT%H:%MZ) commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" \
  "cpu=\"$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)\" cores=$(nproc)" \
  "memory_gib=$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)" \
  "java=$(java -version 2>&1 | head -1 | cut -d'"' -f2) os=\"$(uname -sr)\" load_before=$(load)" >> "$RESULTS"
FINNEXUS=(java -jar app/target/finnexus.jar)

if wanted jmh; then
  log "jmh: scoring core, model, screening"
  java -cp "$(classpath bench)" org.openjdk.jmh.Main "${JMH[@]}" -rf json -rff "$OUT/jmh.json" \
    > "$OUT/jmh.log" 2>&1 || log "jmh failed, see $OUT/jmh.log"
fi

step streams-max "${FINNEXUS[@]}" bench streams --tx "$STREAMS_TX" --rate 0
step streams-5k "${FINNEXUS[@]}" bench streams --tx $((5000 * LATENCY_S)) --rate 5000
step streams-2k "${FINNEXUS[@]}" bench streams --tx $((2000 * LATENCY_S)) --rate 2000
step streams-spike "${FINNEXUS[@]}" bench streams --profile spike --rate 300 "${SPIKE[@]}"
step flink "${FINNEXUS[@]}" bench flink --tx "$FLINK_TX"

if wanted api; then
  log "api: LoadRig with 100,000 alerts"
  API_CP=$(classpath api)
  java -cp "$API_CP" io.finnexus.api.LoadRig --alerts 100000 --port 18080 --minutes 15 \
    > "$OUT/loadrig.log" 2>&1 &
  RIG=$!
  trap 'kill $RIG 2> /dev/null || true' EXIT
  for _ in $(seq 1 150); do
    grep -qs '^LOADRIG ready' "$OUT/loadrig.log" && break
    kill -0 $RIG 2> /dev/null || break
    sleep 2
  done
  ONLY=",api," step api java -cp "$(classpath bench)" io.finnexus.bench.ApiLoadHarness \
    --url http://127.0.0.1:18080 "${API[@]}"
  kill $RIG 2> /dev/null || true
  wait $RIG 2> /dev/null || true
fi

BATCH_CP=$(classpath batch-jobs)
step reconcile java -cp "$BATCH_CP" io.finnexus.batch.reconciliation.ReconciliationBenchmark "${RECONCILE[@]}"
step backup java -cp "$BATCH_CP" io.finnexus.batch.jobs.backup.BackupBenchmark "$BACKUP_ROWS"
step purge "${MVN[@]}" -pl retention verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  "-Dit.test=PurgeIT#purges_exactly_the_expired_unheld_rows_and_a_restart_midway_reaches_the_same_state"
[[ -z $ONLY || $ONLY == *,purge,* ]] && grep -h '^BENCH purge' retention/target/failsafe-reports/*-output.txt 2> /dev/null | tail -1 \
  | sed 's/^/STEP purge /' >> "$RESULTS" || true

# The last step's own load decays for two minutes first: what remains is other work on the machine.
log "waiting 2 min for the bench's own load to decay before reading the load average"
sleep 120
echo "MACHINE load_after=$(load)" >> "$RESULTS"
java -cp "$(classpath bench)" io.finnexus.bench.report.PerformanceReport \
  "$RESULTS" "$OUT/jmh.json" docs/performance.md
