"""Checks of docker-compose.yml beyond its schema (which `docker-compose config` covers when
installed): referenced files exist, secrets come from files, ports stay on loopback, dependencies
on health have a health check, images are pinned, and Prometheus scrapes services that exist.
"""
import os
import re

import yaml

SECRETISH = re.compile(r"PASSWORD|SECRET|TOKEN|_KEY$|CREDENTIAL", re.IGNORECASE)
DEFAULT_SECRETS_DIR = re.compile(r"\$\{FINNEXUS_SECRETS_DIR:-([^}]*)\}")


def _env(service):
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) if "=" in item else (item, None) for item in env)
    return env


def _service_problems(deploy_dir, name, svc, services):
    where, problems = f"service {name}", []
    image, build = svc.get("image"), svc.get("build")
    if not image and not build:
        problems.append(f"{where}: neither image nor build")
    if image and not build and (":" not in image or image.endswith(":latest")):
        problems.append(f"{where}: image {image} is not pinned to a tag")
    if build:
        context = os.path.normpath(os.path.join(deploy_dir, build.get("context", ".")))
        dockerfile = os.path.join(context, build.get("dockerfile", "Dockerfile"))
        if not os.path.isfile(dockerfile):
            problems.append(f"{where}: Dockerfile {dockerfile} does not exist")
    for key, value in _env(svc).items():
        if SECRETISH.search(key) and not key.endswith("FILE"):
            problems.append(f"{where}: {key} set inline; use a secret file (*_FILE) or compose secrets")
    env_files = svc.get("env_file") or []
    for env_file in [env_files] if isinstance(env_files, str) else env_files:
        path = os.path.join(deploy_dir, env_file)
        if not os.path.isfile(path):
            problems.append(f"{where}: env_file {env_file} does not exist")
            continue
        for line in open(path, encoding="utf-8"):
            key = line.split("=", 1)[0].strip()
            if key and not key.startswith("#") and SECRETISH.search(key):
                problems.append(f"{where}: {env_file} sets {key}; secrets belong in secret files")
    for port in svc.get("ports", []):
        if not str(port).startswith("127.0.0.1:"):
            problems.append(f"{where}: port {port} is published beyond 127.0.0.1")
    for volume in svc.get("volumes", []):
        source = str(volume).split(":", 1)[0]
        if source.startswith("."):
            if not os.path.exists(os.path.join(deploy_dir, source)):
                problems.append(f"{where}: bind mount {source} does not exist")
    depends = svc.get("depends_on") or {}
    if isinstance(depends, dict):
        for dep, cond in depends.items():
            if dep not in services:
                problems.append(f"{where}: depends on unknown service {dep}")
            elif (cond or {}).get("condition") == "service_healthy" and "healthcheck" not in services[dep]:
                problems.append(f"{where}: waits for {dep} to be healthy but {dep} has no healthcheck")
    else:
        problems += [f"{where}: depends on unknown service {d}" for d in depends if d not in services]
    for secret in svc.get("secrets", []):
        source = secret if isinstance(secret, str) else secret.get("source")
        if source not in (services.get("__secrets__") or {}):
            problems.append(f"{where}: secret {source} is not declared")
    return problems


def check(deploy_dir):
    path = os.path.join(deploy_dir, "docker-compose.yml")
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    services = dict(doc.get("services", {}))
    secrets = doc.get("secrets", {})
    problems = []
    for name, secret in secrets.items():
        file = secret.get("file", "")
        resolved = DEFAULT_SECRETS_DIR.sub(lambda m: m.group(1), file)
        if "$" in resolved or not file:
            problems.append(f"secret {name}: file {file!r} cannot be resolved with defaults")
        elif not os.path.isfile(os.path.join(deploy_dir, resolved)):
            problems.append(f"secret {name}: {resolved} does not exist")
    lookup = dict(services, __secrets__=secrets)
    for name, svc in services.items():
        problems += _service_problems(deploy_dir, name, svc, lookup)
    for store in ("kafka", "postgres", "mongodb", "elasticsearch"):
        if store not in services:
            problems.append(f"the stack has no {store} service")
        elif "healthcheck" not in services[store]:
            problems.append(f"service {store}: no healthcheck")
    problems += _scrape_target_problems(deploy_dir, services)
    return problems


def _scrape_target_problems(deploy_dir, services):
    with open(os.path.join(deploy_dir, "prometheus", "prometheus.yml"), encoding="utf-8") as f:
        prom = yaml.safe_load(f)
    problems = []
    for job in prom.get("scrape_configs", []):
        for static in job.get("static_configs", []):
            for target in static.get("targets", []):
                host = target.rsplit(":", 1)[0]
                if host != "localhost" and host not in services:
                    problems.append(f"prometheus job {job['job_name']}: target {target} is no compose service")
    return problems
