# Sourced by ./mvnw and ./steeldome: exports JAVA_HOME pointing at a JDK >= 21.
# Order: $JAVA_HOME if new enough, then `java` on PATH, then the newest JDK under /usr/lib/jvm.
steeldome_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
steeldome_find_jdk() {
  local min=21 candidate major best="" best_major=0
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
    [ -d "$candidate" ] && candidates+=("$candidate")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major="$(steeldome_java_major "$candidate")"
    [ -n "$major" ] || continue
    # JAVA_HOME wins outright when it is new enough; otherwise take the newest found.
    if [ "$candidate" = "${JAVA_HOME:-}" ] && [ "$major" -ge "$min" ]; then best="$candidate"; break; fi
    if [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major="$major"; fi
  done
  if [ -z "$best" ]; then
    echo "steeldome needs a JDK $min or newer (javac included) and found none." >&2
    echo "  Looked at: \$JAVA_HOME (${JAVA_HOME:-unset}), java on PATH, /usr/lib/jvm/*, /opt/java/*." >&2
    echo "  Fix: apt-get install -y openjdk-21-jdk-headless (or any JDK >= $min), or export JAVA_HOME=/path/to/jdk." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
