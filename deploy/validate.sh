#!/usr/bin/env bash
# Offline checks of everything under deploy/: Prometheus rules (+ unit tests) and config, Grafana
# dashboards against the metrics contract, Kubernetes manifests (kustomize base + production),
# the compose file and the Dockerfiles. A check whose tool is missing is skipped with the reason;
# any real failure makes the script exit 1. Last line: "deploy: N passed, N failed, N skipped".
#
# Tools (Debian): apt-get install -y --no-install-recommends prometheus docker-compose python3-yaml
# kubectl (with built-in kustomize) or a standalone kustomize binary is used when present.
set -uo pipefail
export PYTHONDONTWRITEBYTECODE=1   # leave no __pycache__ in the tree

DEPLOY="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
PASSED=0 FAILED=0 SKIPPED=0

run() { # run NAME COMMAND...: one check, its output indented
  local name="$1"; shift
  local start=$SECONDS
  if "$@" >"$WORK/out" 2>&1; then
    PASSED=$((PASSED + 1)); echo "PASS $name ($((SECONDS - start)) s)"
  else
    FAILED=$((FAILED + 1)); echo "FAIL $name ($((SECONDS - start)) s)"
  fi
  sed 's/^/    /' "$WORK/out" | head -60
}
skip() { SKIPPED=$((SKIPPED + 1)); echo "SKIP $1: $2"; }
have() { command -v "$1" >/dev/null 2>&1; }

PY=""
for candidate in python3 /usr/bin/python3; do
  if have "$candidate" && "$candidate" -c 'import yaml' 2>/dev/null; then PY="$candidate"; break; fi
done

# --- Prometheus -------------------------------------------------------------------------------
if have promtool; then
  run "promtool check rules" promtool check rules "$DEPLOY/prometheus/rules.yml"
  run "promtool test rules (alert unit tests)" promtool test rules "$DEPLOY/prometheus/rules_test.yml"
  prom_config_check() {
    # http_headers (used to send the API key) needs Prometheus >= 2.55; an older promtool (Debian
    # bookworm ships 2.42) checks everything else on a copy without that block.
    if promtool check config --syntax-only "$DEPLOY/prometheus/prometheus.yml"; then return 0; fi
    [ -n "$PY" ] || return 1
    echo "retrying without http_headers (promtool $(promtool --version 2>&1 | head -1 | awk '{print $3}') predates it)"
    cp "$DEPLOY/prometheus/rules.yml" "$WORK/rules.yml"
    "$PY" - "$DEPLOY/prometheus/prometheus.yml" "$WORK/prometheus.yml" <<'PYEOF' || return 1
import sys, yaml
doc = yaml.safe_load(open(sys.argv[1]))
for job in doc.get("scrape_configs", []):
    job.pop("http_headers", None)
yaml.safe_dump(doc, open(sys.argv[2], "w"))
PYEOF
    promtool check config "$WORK/prometheus.yml"
  }
  run "promtool check config" prom_config_check
else
  skip "promtool checks" "promtool not installed (apt-get install -y --no-install-recommends prometheus)"
fi

# --- metrics contract, dashboards, compose, Dockerfiles (Python + PyYAML) ----------------------
if [ -n "$PY" ]; then
  run "checker self-test (catches an unknown metric and a literal secret)" "$PY" "$DEPLOY/validate/run.py" selftest
  run "rules and dashboards use only contract metrics; dashboards well-formed" "$PY" "$DEPLOY/validate/run.py" observability
  run "compose: files, secrets, loopback ports, health checks, scrape targets" "$PY" "$DEPLOY/validate/run.py" compose
  run "Dockerfiles: multi-stage, runtime base, non-root, health check, jar names" "$PY" "$DEPLOY/validate/run.py" dockerfiles
  "$PY" "$DEPLOY/validate/run.py" pending
else
  skip "Python checks" "python3 with PyYAML not found (apt-get install -y python3-yaml)"
fi

# --- Kubernetes --------------------------------------------------------------------------------
KUSTOMIZE=()
if have kustomize; then KUSTOMIZE=(kustomize build)
elif have kubectl && kubectl kustomize --help >/dev/null 2>&1; then KUSTOMIZE=(kubectl kustomize)
fi
for overlay in base overlays/production; do
  if [ ${#KUSTOMIZE[@]} -eq 0 ]; then
    skip "k8s $overlay" "neither kustomize nor kubectl (with kustomize) installed"
  elif [ -z "$PY" ]; then
    skip "k8s $overlay" "python3 with PyYAML not found"
  else
    k8s_check() {
      "${KUSTOMIZE[@]}" "$DEPLOY/k8s/$1" >"$WORK/rendered.yaml" && "$PY" "$DEPLOY/validate/run.py" k8s "$WORK/rendered.yaml"
    }
    run "k8s $overlay: kustomize build + manifest checks" k8s_check "$overlay"
  fi
done

# --- docker compose schema -----------------------------------------------------------------------
if docker compose version >/dev/null 2>&1; then
  run "docker compose config" docker compose -f "$DEPLOY/docker-compose.yml" config -q
elif have docker-compose; then
  run "docker-compose config" docker-compose -f "$DEPLOY/docker-compose.yml" config -q
else
  skip "compose schema" "neither 'docker compose' nor docker-compose installed (apt-get install -y docker-compose)"
fi

echo "deploy: $PASSED passed, $FAILED failed, $SKIPPED skipped"
[ "$FAILED" -eq 0 ]
