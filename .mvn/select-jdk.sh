# Sourced by ./mvnw before Maven starts: make sure Maven, and every JVM it forks, runs on a JDK >= 21.
# Kelisim is built for Java 21 (Vaadin 25 needs it). Many machines keep an older default `java`
# and a newer JDK beside it, unregistered; this finds that newer JDK so nobody has to edit anything.
# Order: JAVA_HOME if new enough, then `java` on PATH, then the newest JDK >= 21 in the usual places.

kelisim_required_java=21

# Prints the major version of the java binary given, or nothing if it does not run.
kelisim_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \(1\.\)\{0,1\}\([0-9]*\).*/\2/p' | head -n 1
}

kelisim_pick_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(kelisim_java_major "$JAVA_HOME/bin/java")
    [ "${major:-0}" -ge "$kelisim_required_java" ] && return 0
  fi
  best_home=""
  best_major=0
  on_path=$(command -v javac 2>/dev/null || true)
  if [ -n "$on_path" ]; then
    on_path_home=$(dirname "$(dirname "$(readlink -f "$on_path")")")
    set -- "$on_path_home"
  else
    set --
  fi
  set +f
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    set -- "$@" "$candidate"
  done
  set -f
  for home in "$@"; do
    [ -x "$home/bin/javac" ] || continue
    major=$(kelisim_java_major "$home/bin/java")
    if [ "${major:-0}" -ge "$kelisim_required_java" ] && [ "${major:-0}" -gt "$best_major" ]; then
      best_major=$major
      best_home=$home
    fi
  done
  if [ -z "$best_home" ]; then
    echo "Kelisim needs a JDK $kelisim_required_java or newer, and none was found" >&2
    echo "(looked at JAVA_HOME, the javac on PATH, /usr/lib/jvm, /usr/java, /opt and ~/.sdkman)." >&2
    echo "Install one (for example: apt-get install openjdk-21-jdk) or set JAVA_HOME to it." >&2
    exit 1
  fi
  JAVA_HOME=$best_home
  export JAVA_HOME
  PATH="$JAVA_HOME/bin:$PATH"
  export PATH
  [ "${MVNW_VERBOSE-}" = true ] && echo "Using JDK $best_major at $JAVA_HOME" >&2
  return 0
}

kelisim_pick_jdk
# Maven's own libraries use sun.misc.Unsafe; JDK 24+ warns about it on every run.
if [ "$(kelisim_java_major "$JAVA_HOME/bin/java" 2>/dev/null || echo 0)" -ge 24 ] 2>/dev/null; then
  MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS-}"
  export MAVEN_OPTS
fi
