"""Shared helpers of the deploy/ checks: result reporting and PromQL metric-name extraction.

Every check function returns a list of problems (strings); an empty list means it passed.
Only the Python standard library and PyYAML are used, so the checks run offline.
"""
import re

PROMQL_KEYWORDS = {
    "by", "without", "on", "ignoring", "group_left", "group_right", "bool",
    "and", "or", "unless", "offset", "inf", "nan", "atan2",
}
# Prometheus' own series, not exported by a FinNexus service
PROMETHEUS_BUILTINS = {"up", "scrape_duration_seconds", "scrape_samples_scraped", "ALERTS"}

_STRINGS = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'')
_GRAFANA_VARS = re.compile(r"\$\{[^}]*\}|\$\w+")
_MATCHERS = re.compile(r"\{[^}]*\}")
_RANGES = re.compile(r"\[[^\]]*\]")
_GROUPING = re.compile(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")
_IDENT = re.compile(r"(?<![\w.])([A-Za-z_:][A-Za-z0-9_:]*)(\s*\()?")


def metric_names(expr):
    """The metric names a PromQL expression reads (functions, keywords and labels left out)."""
    text = _GRAFANA_VARS.sub("1m", expr)
    text = _STRINGS.sub('""', text)
    text = _MATCHERS.sub("", text)
    text = _RANGES.sub("", text)
    text = _GROUPING.sub("", text)
    names = set()
    for match in _IDENT.finditer(text):
        name, call = match.group(1), match.group(2)
        if call or name.lower() in PROMQL_KEYWORDS:
            continue
        names.add(name)
    return names


def load_contract(path):
    """{metric name: service} from metrics-contract.txt; raises ValueError on a malformed line."""
    contract = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            if len(parts) != 2 or not re.fullmatch(r"[a-zA-Z_:][a-zA-Z0-9_:]*", parts[0]):
                raise ValueError(f"{path}:{number}: expected '<metric> <service>', got {line!r}")
            if parts[1] not in ("api", "fraud-streams", "aml-flink"):
                raise ValueError(f"{path}:{number}: unknown service {parts[1]!r}")
            if parts[0] in contract:
                raise ValueError(f"{path}:{number}: {parts[0]} listed twice")
            contract[parts[0]] = parts[1]
    return contract
