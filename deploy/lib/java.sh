# Picks a JDK >= 21 for THV-hub: $JAVA_HOME when it is new enough, else the newest under /usr/lib/jvm.
# Sourced by deploy/local/up, bench/run and .ci/run; exports JAVA_HOME and puts its java first on PATH.

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
