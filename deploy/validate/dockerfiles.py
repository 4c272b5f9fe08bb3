"""Checks of the Dockerfiles: multi-stage Maven build, JRE/Flink runtime base, non-root user,
health check, and that the jar each one copies is the one its module's pom builds.
"""
import os
import re

EXPECTED = {
    # dockerfile: (runtime base image, jar path it copies from the build, needs HEALTHCHECK)
    "api.Dockerfile": ("eclipse-temurin:17-jre", "api/target/finnexus-api-exec.jar", True),
    "fraud-streams.Dockerfile": ("eclipse-temurin:17-jre", "streaming-jobs/fraud-streams/target/fraud-streams-exec.jar", True),
    "aml-flink.Dockerfile": ("flink:2.2.1-java17", "streaming-jobs/aml-flink/target/aml-flink.jar", False),
}


def _stages(text):
    """[(base image, alias, [instructions])] with line continuations joined."""
    joined = re.sub(r"\\\n", " ", text)
    stages = []
    for line in joined.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word = line.split()[0].upper()
        if word == "FROM":
            parts = line.split()
            alias = parts[3] if len(parts) >= 4 and parts[2].upper() == "AS" else None
            stages.append((parts[1], alias, []))
        elif stages:
            stages[-1][2].append((word, line))
    return stages


def _jar_problems(repo_dir, name, jar):
    module = jar.split("/target/")[0]
    pom = os.path.join(repo_dir, module, "pom.xml")
    if not os.path.isfile(pom):
        return [f"{name}: module {module} has no pom.xml"]
    text = open(pom, encoding="utf-8").read()
    build = text[text.find("<build>"):] if "<build>" in text else ""
    final = re.search(r"<finalName>([^<]+)</finalName>", build)
    classifier = re.search(r"<classifier>([^<]+)</classifier>", build)
    built = (final.group(1) if final else os.path.basename(module)) + (f"-{classifier.group(1)}" if classifier else "")
    expected = os.path.basename(jar)
    if expected.endswith(".jar") and expected != built + ".jar":
        return [f"{name}: copies {expected} but {module}/pom.xml builds {built}.jar"]
    return []


def check(deploy_dir, repo_dir):
    problems = []
    for name, (runtime, jar, health) in EXPECTED.items():
        path = os.path.join(deploy_dir, "docker", name)
        if not os.path.isfile(path):
            problems.append(f"{name}: missing")
            continue
        if not os.path.isfile(path + ".dockerignore"):
            problems.append(f"{name}: no {name}.dockerignore (the build context is the whole repository)")
        text = open(path, encoding="utf-8").read()
        stages = _stages(text)
        if len(stages) < 2:
            problems.append(f"{name}: needs a build stage and a runtime stage")
            continue
        build, final = stages[0], stages[-1]
        if not any(w == "RUN" and "./mvnw" in l and "-DskipTests" in l and "package" in l for w, l in build[2]):
            problems.append(f"{name}: build stage does not run ./mvnw -DskipTests package")
        if final[0] != runtime:
            problems.append(f"{name}: runtime stage is {final[0]}, expected {runtime}")
        users = [l.split()[1] for w, l in final[2] if w == "USER"]
        if not users or users[-1].split(":")[0] in ("root", "0"):
            problems.append(f"{name}: runtime stage must end as a non-root USER")
        if health and not any(w == "HEALTHCHECK" for w, _ in final[2]):
            problems.append(f"{name}: no HEALTHCHECK")
        aliases = {s[1] for s in stages[:-1]}
        for w, l in final[2]:
            m = re.search(r"--from=(\S+)", l) if w == "COPY" else None
            if m and m.group(1) not in aliases:
                problems.append(f"{name}: COPY --from={m.group(1)} names no earlier stage")
        if jar not in text:
            problems.append(f"{name}: does not copy {jar}")
        problems += _jar_problems(repo_dir, name, jar)
        if re.search(r"^\s*ADD\s+https?://", text, re.MULTILINE):
            problems.append(f"{name}: ADD from a URL; download in a RUN with a checksum instead")
    return problems
