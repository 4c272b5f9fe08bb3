"""Checks of the Prometheus rules and Grafana dashboards against the metrics contract.

A rule or panel that reads a metric no service promises to export would stay silent or empty
forever, which nobody notices until the incident it was meant to catch.
"""
import glob
import json
import os
import re

import yaml

from common import PROMETHEUS_BUILTINS, load_contract, metric_names


def rule_exprs(rules_path):
    """(where, expr) of every rule, and the set of recorded series names."""
    with open(rules_path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    exprs, recorded = [], set()
    for group in doc.get("groups", []):
        for rule in group.get("rules", []):
            name = rule.get("record") or rule.get("alert")
            exprs.append((f"{os.path.basename(rules_path)}:{name}", str(rule["expr"])))
            if "record" in rule:
                recorded.add(rule["record"])
    return exprs, recorded


def _panels(panels):
    for panel in panels:
        yield panel
        yield from _panels(panel.get("panels", []))


def dashboard_problems(path):
    """Structural problems of one dashboard JSON; also returns its (where, expr) list."""
    problems, exprs = [], []
    try:
        with open(path, encoding="utf-8") as f:
            board = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        return [f"{path}: not valid JSON: {e}"], []
    name = os.path.basename(path)
    for key in ("uid", "title", "panels", "schemaVersion"):
        if key not in board:
            problems.append(f"{name}: missing '{key}'")
    variables = {v.get("name"): v for v in board.get("templating", {}).get("list", [])}
    ds_var = variables.get("datasource")
    if not ds_var or ds_var.get("type") != "datasource" or ds_var.get("query") != "prometheus":
        problems.append(f"{name}: needs a templating variable 'datasource' of type datasource/prometheus")
    ids = set()
    for panel in _panels(board.get("panels", [])):
        title = panel.get("title", "?")
        if panel.get("id") in ids:
            problems.append(f"{name}: panel id {panel.get('id')} used twice")
        ids.add(panel.get("id"))
        if "gridPos" not in panel:
            problems.append(f"{name}: panel '{title}' has no gridPos")
        if panel.get("type") == "row":
            continue
        targets = panel.get("targets") or []
        if not targets:
            problems.append(f"{name}: panel '{title}' has no query")
        for ds in [panel.get("datasource")] + [t.get("datasource") for t in targets]:
            if ds is not None and (not isinstance(ds, dict) or ds.get("uid") != "${datasource}"):
                problems.append(f"{name}: panel '{title}' must use datasource uid ${{datasource}}, has {ds}")
        for t in targets:
            if not t.get("expr"):
                problems.append(f"{name}: panel '{title}' target {t.get('refId')} has no expr")
            else:
                exprs.append((f"{name}:{title}", t["expr"]))
    return problems, exprs


def check(deploy_dir):
    problems = []
    try:
        contract = load_contract(os.path.join(deploy_dir, "metrics-contract.txt"))
    except (OSError, ValueError) as e:
        return [str(e)]
    exprs, recorded = rule_exprs(os.path.join(deploy_dir, "prometheus", "rules.yml"))
    boards = sorted(glob.glob(os.path.join(deploy_dir, "grafana", "dashboards", "*.json")))
    if not boards:
        problems.append("no dashboards in grafana/dashboards")
    uids = {}
    for path in boards:
        board_problems, board_exprs = dashboard_problems(path)
        problems += board_problems
        exprs += board_exprs
        with open(path, encoding="utf-8") as f:
            try:
                uid = json.load(f).get("uid")
            except json.JSONDecodeError:
                continue
        if uid in uids:
            problems.append(f"{os.path.basename(path)}: uid {uid} also used by {uids[uid]}")
        uids[uid] = os.path.basename(path)
    known = set(contract) | recorded | PROMETHEUS_BUILTINS
    used = set()
    for where, expr in exprs:
        for metric in metric_names(expr):
            used.add(metric)
            if metric not in known:
                problems.append(f"{where}: metric {metric} is not in metrics-contract.txt")
    for metric in sorted(set(contract) - used):
        problems.append(f"metrics-contract.txt: {metric} is used by no rule or dashboard (remove it)")
    return problems


_SOURCE_METER = re.compile(r'(?:builder|counter|timer|gauge|summary)\(\s*"([a-z0-9.]+)"')


def pending(deploy_dir, repo_dir):
    """Contract metrics of api/fraud-streams named finnexus_* whose meter is in no Java source yet."""
    meters = set()
    for path in glob.glob(os.path.join(repo_dir, "**", "src", "main", "java", "**", "*.java"), recursive=True):
        with open(path, encoding="utf-8", errors="replace") as f:
            meters.update(m.replace(".", "_") for m in _SOURCE_METER.findall(f.read()))
    contract = load_contract(os.path.join(deploy_dir, "metrics-contract.txt"))
    suffixes = ("_total", "_seconds_bucket", "_seconds_count", "_seconds_sum", "_seconds_max", "_seconds")
    missing = []
    for metric, service in sorted(contract.items()):
        if not metric.startswith("finnexus_"):
            continue
        base = metric
        for suffix in suffixes:
            if base.endswith(suffix):
                base = base[: -len(suffix)]
                break
        if base not in meters:
            missing.append(f"{metric} ({service})")
    return missing
