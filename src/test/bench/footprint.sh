#!/usr/bin/env bash
# Start-up time and resident memory of the packaged emulator, as a user runs it.
#
#   ./mvnw -B -DskipTests package && bash src/test/bench/footprint.sh [--starts 5] [--load SECONDS]
#
# Prints, for --starts starts each (5 by default), the time from launching java to the first 200 of
# /actuator/health:
#   - first start: a new, empty data directory each time (initdb, all migrations);
#   - existing data directory: the same directory again, already initialised and migrated;
#   - default: no data directory (a fresh temporary database per start, the README's default);
# then the medians, the jar's size and the java process's resident memory (ps rss) idle, 10 s after
# the last start. With --load N it also runs ../shared/tools/bench's bench.sh for N seconds a
# scenario against that process and prints the highest RSS seen during the load.
#
# Launches (--launch):
#   - extracted (the default, README's command): target/emulator/emulator.jar, the layout `package`
#     extracts, with its class data archive target/emulator/emulator.jsa when there is one;
#   - jar: the fat jar itself, `java -jar target/voucherify-emulator-*.jar`, no archive.
#
# Environment: JAR (the fat jar, default target/voucherify-emulator-*.jar), EXTRACTED (default
# target/emulator), JAVA_OPTS (JVM flags; by default those of README's run command and of
# spring-boot:run, the pom's emulator.jvm.args; JAVA_OPTS= for the JVM's own defaults), PORT (default
# 18093).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
STARTS=5
LOAD=0
LAUNCH=extracted
while [ $# -gt 0 ]; do
  case "$1" in
    --starts) STARTS="$2"; shift 2 ;;
    --load) LOAD="$2"; shift 2 ;;
    --launch) LAUNCH="$2"; shift 2 ;;
    *) echo "usage: $0 [--starts N] [--load SECONDS] [--launch extracted|jar]" >&2; exit 2 ;;
  esac
done
JAR="${JAR:-$(ls "$ROOT"/target/voucherify-emulator-*.jar | grep -v original | head -n1)}"
PORT="${PORT:-18093}"
JAVA_OPTS="${JAVA_OPTS--XX:+UseSerialGC -Xms64m -Xmx320m}"
EXTRACTED="${EXTRACTED:-$ROOT/target/emulator}"
case "$LAUNCH" in
  extracted)
    [ -f "$EXTRACTED/emulator.jar" ] || { echo "no $EXTRACTED/emulator.jar: run ./mvnw -B -DskipTests package" >&2; exit 1; }
    LAUNCH_ARGS=(-jar "$EXTRACTED/emulator.jar")
    if [ -f "$EXTRACTED/emulator.jsa" ]; then
      LAUNCH_ARGS=("-XX:SharedArchiveFile=$EXTRACTED/emulator.jsa" "${LAUNCH_ARGS[@]}")
    fi ;;
  jar) LAUNCH_ARGS=(-jar "$JAR") ;;
  *) echo "--launch is extracted or jar" >&2; exit 2 ;;
esac
WORK="$(mktemp -d "${TMPDIR:-/tmp}/emulator-footprint.XXXXXX")"
PID=""

stop() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
  fi
  PID=""
}
cleanup() { stop; rm -rf "$WORK"; }
trap cleanup EXIT

now_ms() { date +%s%3N; }

# start DATA_DIR: launches the jar and waits for a healthy answer; sets PID, ELAPSED (ms) and CPU
# (the java process's user + system CPU time until then, ms: less noisy than ELAPSED on a busy box)
start() {
  local data="$1" begin
  if curl -s -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; then
    echo "port $PORT is taken: choose another with PORT=..." >&2
    exit 1
  fi
  begin=$(now_ms)
  # shellcheck disable=SC2086
  EMULATOR_DATA_DIR="$data" java ${JAVA_OPTS:-} "${LAUNCH_ARGS[@]}" --server.port="$PORT" >"$WORK/emulator.log" 2>&1 &
  PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null)" = 200 ]; do
    if ! kill -0 "$PID" 2>/dev/null; then
      echo "the emulator exited during start-up:" >&2
      tail -n 40 "$WORK/emulator.log" >&2
      exit 1
    fi
    if [ $(( $(now_ms) - begin )) -gt 600000 ]; then
      echo "not healthy after 600 s" >&2
      exit 1
    fi
    sleep 0.05
  done
  ELAPSED=$(( $(now_ms) - begin ))
  CPU=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$PID/stat")
}

median() { sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.2f", m / 1000 }'; }
rss_mb() { ps -o rss= -p "$1" | awk '{ printf "%d", $1 / 1024 }'; }

run() {
  local label="$1" mode="$2" times=() cpus=() i data
  for i in $(seq 1 "$STARTS"); do
    case "$mode" in
      fresh) data="$WORK/fresh-$i" ;;
      existing) data="$WORK/existing" ;;
      temporary) data="" ;;
    esac
    start "$data"
    times+=("$ELAPSED")
    cpus+=("$CPU")
    stop
  done
  printf '%-26s median %s s   (ms: %s; cpu median %s s)\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" \
    "${times[*]}" "$(printf '%s\n' "${cpus[@]}" | median)"
}

echo "jar: $JAR ($(( $(stat -c %s "$JAR") / 1024 / 1024 )) MB)"
echo "launch: java ${JAVA_OPTS:-} ${LAUNCH_ARGS[*]}"
if [ "$LAUNCH" = extracted ]; then
  echo "extracted: $(du -sm "$EXTRACTED" | cut -f1) MB, class data archive: $([ -f "$EXTRACTED/emulator.jsa" ] && echo "$(( $(stat -c %s "$EXTRACTED/emulator.jsa") / 1024 / 1024 )) MB" || echo none)"
fi
echo "java: $(java -version 2>&1 | head -n1); JAVA_OPTS: ${JAVA_OPTS:-(none)}; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
# one start initialises the existing directory, unmeasured
start "$WORK/existing"; stop
run "first start (new dir)" fresh
run "existing data directory" existing
run "default (temporary db)" temporary

start ""
sleep 10
echo "rss idle: $(rss_mb "$PID") MB (java process, 10 s after start, temporary database)"
if [ "$LOAD" -gt 0 ]; then
  BENCH="$ROOT/../shared/tools/bench/bench.sh"
  [ -x "$BENCH" ] || BENCH="/work/shared/tools/bench/bench.sh"
  peak=0
  ( while kill -0 "$PID" 2>/dev/null; do rss_mb "$PID"; echo; sleep 0.5; done ) >"$WORK/rss.log" 2>/dev/null &
  sampler=$!
  # the campaign and voucher the scenarios use, made once the first requests are over (bench.sh's own
  # setup gives up after 20 s, which a cold JVM on a busy box can take)
  for i in 1 2 3; do
    read -r cid code _ < <(bash "$BENCH" "http://127.0.0.1:$PORT" --print-setup 2>/dev/null | tail -n1) || true
    case "$cid" in camp_*) [ "$cid" != camp_WaZ6r4LSF1alRaIwJVKS07bs ] && break ;; esac
  done
  (cd "$ROOT" && BENCH_CAMPAIGN_ID="$cid" BENCH_VOUCHER_CODE="$code" \
    bash "$BENCH" "http://127.0.0.1:$PORT" --label emulator --seconds "$LOAD" >"$WORK/bench.log" 2>&1) || {
    echo "bench failed:" >&2; tail -n 20 "$WORK/bench.log" >&2; }
  kill "$sampler" 2>/dev/null || true
  peak=$(grep -v '^$' "$WORK/rss.log" | sort -n | tail -n1)
  echo "rss under load: peak $peak MB, $(rss_mb "$PID") MB after (bench.sh, $LOAD s a scenario)"
  grep -E '^(label|emulator) ' "$WORK/bench.log" || true
fi
stop
