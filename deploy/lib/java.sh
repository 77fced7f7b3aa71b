# Picks a JDK >= 21 for THV-hub: $JAVA_HOME when it is new enough, else the newest under /usr/lib/jvm; and reads the
# JVM options the deployment runs the hub with (deployment_java_opts, for the benchmarks).
# Sourced by deploy/local/up, bench/run, bench/ab and .ci/run; pick_java exports JAVA_HOME and puts its java first
# on PATH.

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}

pick_java() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "THV-hub needs a JDK 21 or newer (Keycloak 26 and the hub both run on it), and none was found:" >&2
  echo "  set JAVA_HOME to a JDK >= 21, or install one under /usr/lib/jvm (e.g. apt-get install openjdk-21-jdk-headless)." >&2
  return 1
}

# The JVM options the Kubernetes deployment gives the hub (JAVA_TOOL_OPTIONS in deploy/k8s/base/hub-deployment.yaml,
# a plain or folded scalar): bench/run and bench/ab run the hub with them, so what is measured is what runs.
deployment_java_opts() {
  python3 - "${1:-deploy/k8s/base/hub-deployment.yaml}" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
at = next(i for i, l in enumerate(lines) if l.strip() == "- name: JAVA_TOOL_OPTIONS")
value = lines[at + 1].strip()
assert value.startswith("value:"), lines[at + 1]
value = value[len("value:"):].strip()
if value in (">", ">-"):
    indent = len(lines[at + 1]) - len(lines[at + 1].lstrip())
    parts = []
    for l in lines[at + 2:]:
        if not l.strip() or len(l) - len(l.lstrip()) <= indent:
            break
        parts.append(l.strip())
    value = " ".join(parts)
print(value.strip('"'))
PY
}
