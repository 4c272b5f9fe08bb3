"""Checks of the rendered Kubernetes manifests (the output of `kubectl kustomize`).

No cluster and no JSON schemas are available offline, so this checks what a schema would not
either: probes, resources, non-root, secrets only by reference, selectors that select something,
a default-deny network policy, and a FlinkDeployment whose job args agree with its configuration.
"""
import re

import yaml

SECRETISH = re.compile(r"PASSWORD|SECRET|TOKEN|KEY|CREDENTIAL", re.IGNORECASE)
CREDENTIAL_IN_URL = re.compile(r"://[^/\s:@]+:[^/\s@]+@")
NAMESPACED = {"ConfigMap", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget",
              "NetworkPolicy", "ServiceAccount", "PersistentVolumeClaim", "FlinkDeployment"}


def _matches(selector, labels):
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def _container_problems(where, c, config_maps):
    problems = []
    if not c.get("image"):
        problems.append(f"{where}: no image")
    res = c.get("resources", {})
    for part in ("requests", "limits"):
        for r in ("cpu", "memory"):
            if r not in res.get(part, {}):
                problems.append(f"{where}: resources.{part}.{r} missing")
    ports = {p.get("name") for p in c.get("ports", [])} | {p.get("containerPort") for p in c.get("ports", [])}
    for probe in ("readinessProbe", "livenessProbe"):
        spec = c.get(probe)
        if not spec:
            problems.append(f"{where}: no {probe}")
            continue
        handler = spec.get("httpGet") or spec.get("tcpSocket") or spec.get("grpc")
        if handler and handler.get("port") not in ports:
            problems.append(f"{where}: {probe} port {handler.get('port')} is not a container port")
    sc = c.get("securityContext", {})
    if sc.get("allowPrivilegeEscalation") is not False:
        problems.append(f"{where}: securityContext.allowPrivilegeEscalation must be false")
    for env in c.get("env", []):
        if SECRETISH.search(env["name"]) and "value" in env:
            problems.append(f"{where}: env {env['name']} is a literal; use valueFrom.secretKeyRef")
        if CREDENTIAL_IN_URL.search(str(env.get("value", ""))):
            problems.append(f"{where}: env {env['name']} has credentials in a URL")
    for ref in c.get("envFrom", []):
        name = ref.get("configMapRef", {}).get("name")
        if name and name not in config_maps:
            problems.append(f"{where}: envFrom configMap {name} is not in the manifests")
        if "secretRef" in ref:
            pass  # by reference: fine
    return problems


def _flink_problems(doc):
    where = f"FlinkDeployment/{doc['metadata']['name']}"
    spec, problems = doc.get("spec", {}), []
    conf = spec.get("flinkConfiguration", {})
    job = spec.get("job", {})
    if doc.get("apiVersion") != "flink.apache.org/v1beta1":
        problems.append(f"{where}: apiVersion must be flink.apache.org/v1beta1")
    for key in ("image", "flinkVersion", "serviceAccount", "jobManager", "taskManager"):
        if key not in spec:
            problems.append(f"{where}: spec.{key} missing")
    if conf.get("state.backend.type") != "rocksdb":
        problems.append(f"{where}: state.backend.type must be rocksdb")
    for key in ("execution.checkpointing.dir", "execution.checkpointing.savepoint-dir", "high-availability.storageDir"):
        if not conf.get(key):
            problems.append(f"{where}: flinkConfiguration {key} missing")
    if job.get("upgradeMode") != "savepoint":
        problems.append(f"{where}: job.upgradeMode must be savepoint")
    if not str(job.get("jarURI", "")).startswith("local:///opt/flink/usrlib/"):
        problems.append(f"{where}: job.jarURI must point into /opt/flink/usrlib")
    args = [str(a) for a in job.get("args", [])]
    pairs = dict(zip(args[::2], args[1::2])) if len(args) % 2 == 0 else {}
    if not pairs:
        problems.append(f"{where}: job.args must be --name value pairs")
    # the job sets these itself from its args (FlinkEnvironments): they must agree with the cluster
    for arg, key in (("--checkpoint-dir", "execution.checkpointing.dir"),
                     ("--savepoint-dir", "execution.checkpointing.savepoint-dir"),
                     ("--state-backend", "state.backend.type")):
        if pairs.get(arg) != conf.get(key):
            problems.append(f"{where}: job arg {arg}={pairs.get(arg)} differs from {key}={conf.get(key)}")
    if "--parallelism" in pairs and str(job.get("parallelism")) != pairs["--parallelism"]:
        problems.append(f"{where}: job.parallelism {job.get('parallelism')} differs from --parallelism {pairs['--parallelism']}")
    return problems


def check(rendered_text, namespace="finnexus"):
    docs = [d for d in yaml.safe_load_all(rendered_text) if d]
    problems = []
    config_maps = {d["metadata"]["name"] for d in docs if d.get("kind") == "ConfigMap"}
    pods = {}  # deployment/flink name -> pod labels
    for d in docs:
        kind, meta = d.get("kind"), d.get("metadata", {})
        if not d.get("apiVersion") or not kind or not meta.get("name"):
            problems.append(f"document without apiVersion/kind/metadata.name: {str(d)[:80]}")
            continue
        where = f"{kind}/{meta['name']}"
        if kind in NAMESPACED and meta.get("namespace") != namespace:
            problems.append(f"{where}: namespace {meta.get('namespace')} != {namespace}")
        if kind == "Secret":
            problems.append(f"{where}: Secrets are managed outside git; reference them instead")
        if kind == "ConfigMap":
            for key, value in (d.get("data") or {}).items():
                if SECRETISH.search(key) or CREDENTIAL_IN_URL.search(str(value)):
                    problems.append(f"{where}: {key} looks like a secret; use a Secret reference")
        if kind == "Deployment":
            tpl = d["spec"]["template"]
            labels = tpl["metadata"].get("labels", {})
            pods[meta["name"]] = labels
            if not _matches(d["spec"]["selector"].get("matchLabels"), labels):
                problems.append(f"{where}: selector does not match the pod template labels")
            psc = tpl["spec"].get("securityContext", {})
            if psc.get("runAsNonRoot") is not True:
                problems.append(f"{where}: pod securityContext.runAsNonRoot must be true")
            for c in tpl["spec"].get("containers", []):
                problems += _container_problems(f"{where}/{c.get('name')}", c, config_maps)
        if kind == "FlinkDeployment":
            pods[meta["name"]] = d["spec"].get("podTemplate", {}).get("metadata", {}).get("labels", {})
            problems += _flink_problems(d)
    problems += _selector_problems(docs, pods)
    return problems, docs


def _selector_problems(docs, pods):
    problems = []
    deployments = {d["metadata"]["name"] for d in docs if d.get("kind") == "Deployment"}
    policies = [d for d in docs if d.get("kind") == "NetworkPolicy"]
    default_deny = [p for p in policies if p["spec"].get("podSelector") == {}
                    and set(p["spec"].get("policyTypes", [])) == {"Ingress", "Egress"}
                    and not p["spec"].get("ingress") and not p["spec"].get("egress")]
    if not default_deny:
        problems.append("no default-deny NetworkPolicy (podSelector {}, Ingress+Egress, no rules)")
    for name, labels in pods.items():
        if not any(_matches(p["spec"].get("podSelector", {}).get("matchLabels"), labels) for p in policies):
            problems.append(f"{name}: no NetworkPolicy allows any traffic for its pods")
    for d in docs:
        kind, name = d.get("kind"), d.get("metadata", {}).get("name")
        if kind == "Service":
            sel = d["spec"].get("selector")
            if not any(_matches(sel, labels) for labels in pods.values()):
                problems.append(f"Service/{name}: selector {sel} selects no pod")
        if kind == "PodDisruptionBudget":
            sel = d["spec"]["selector"].get("matchLabels")
            if not any(_matches(sel, labels) for labels in pods.values()):
                problems.append(f"PodDisruptionBudget/{name}: selector selects no pod")
        if kind == "HorizontalPodAutoscaler":
            ref = d["spec"]["scaleTargetRef"]
            if ref.get("kind") != "Deployment" or ref.get("name") not in deployments:
                problems.append(f"HorizontalPodAutoscaler/{name}: target {ref} not in the manifests")
            if d["spec"].get("minReplicas", 1) > d["spec"]["maxReplicas"]:
                problems.append(f"HorizontalPodAutoscaler/{name}: minReplicas > maxReplicas")
    return problems


def secret_references(docs):
    """Names of the Secrets the manifests expect to exist (created outside git)."""
    names = set()

    def walk(node):
        if isinstance(node, dict):
            for key in ("secretKeyRef", "secretRef"):
                if key in node and isinstance(node[key], dict):
                    names.add(node[key].get("name"))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(docs)
    return sorted(n for n in names if n)
