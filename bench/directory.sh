#!/usr/bin/env bash
# The portal's public pages measured side by side with a bare page of the same stack.
#
#   bench/directory.sh
#   BENCH_START_ONLY=1 bench/directory.sh     (start-up only: no wrk, 5 rounds by default)
#
# Needs (installs nothing): a JDK (Java 25 for the AOT cache; the one on the PATH otherwise),
# wrk (Debian: apt-get install wrk), curl, awk. Builds the portal and the bare page
# (bench/baseline: Spring Boot + JdbcTemplate + one Thymeleaf template listing 20 of 10,000
# cities, its own embedded PostgreSQL 17, no security), prepares each one's data once (the
# portal with 10,000 synthetic cities), then alternates fresh JVMs of the two, BENCH_ROUNDS
# times each: it times the start (from the launch command to the first page), warms the JVM,
# runs wrk on each page with the same settings, and stops it. At the end: the median over the
# rounds of each page's requests/s, p50 and p99, and the ratios portal/bare. With
# BENCH_START_ONLY=1 each JVM is stopped as soon as its first page answered (the portal's
# once its readiness is UP): only the start-up table, wall clock and CPU, is printed.
#
# Settings (environment):
#   BENCH_JAVA         the java command (default: Java 25 if installed at the Debian/Temurin path, else java)
#   BENCH_LAUNCH       aot (default on Java 25+: extracted jar with an AOT cache, both apps) or jar (java -jar)
#   BENCH_START_ONLY   1: measure the start-ups only (no wrk needed)
#   BENCH_SPRING_AOT   1: the portal built with -Pspring-aot and run with -Dspring.aot.enabled=true
#                      (bean definitions computed at build time, see the README, "Start-up")
#   BENCH_STEPS        with BENCH_START_ONLY=1: after the rounds, one more portal start (not counted)
#                      logs its slowest start-up steps (25); see shared.startup.StartupSteps
#   BENCH_ROUNDS       fresh JVMs of each app (3; 5 with BENCH_START_ONLY=1)
#   BENCH_PORT         port of the app under test (8084)
#   BENCH_CITIES       synthetic member cities of the portal (10000)
#   BENCH_HEAP         heap of both JVMs (-Xmx256m)
#   BENCH_DURATION     wrk run per page (10s); BENCH_WARMUP per page before measuring (5s)
#   BENCH_CONNECTIONS  wrk connections (16); BENCH_THREADS wrk threads (2)
#   BENCH_KEEP         a directory to keep the logs and raw results in (default: removed)
set -euo pipefail
cd "$(dirname "$0")/.."

TEMURIN25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
JAVA="${BENCH_JAVA:-$([ -x "${TEMURIN25}" ] && echo "${TEMURIN25}" || echo java)}"
START_ONLY="${BENCH_START_ONLY:-0}"
ROUNDS="${BENCH_ROUNDS:-$([ "${START_ONLY}" = 1 ] && echo 5 || echo 3)}"
PORT="${BENCH_PORT:-8084}"
CITIES="${BENCH_CITIES:-10000}"
HEAP="${BENCH_HEAP:--Xmx256m}"
DURATION="${BENCH_DURATION:-10s}"
WARMUP="${BENCH_WARMUP:-5s}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
THREADS="${BENCH_THREADS:-2}"
BASE="http://127.0.0.1:${PORT}"
JAVA_FEATURE="$("${JAVA}" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')"
SPRING_AOT="${BENCH_SPRING_AOT:-0}"
LAUNCH="${BENCH_LAUNCH:-$([ "${JAVA_FEATURE%%.*}" -ge 25 ] && echo aot || echo jar)}"

# The portal's pages; the bare page is compared with each. The last one is a revalidation.
PAGES=(
  "/cities"
  "/cities?page=200"
  "/cities?region=EUROPE_NORTH_AMERICA&sort=population"
  "/cities?q=a&sort=country&page=200"
  "/cities?q=ybycui"
  "/cities/ybycui"
  "/api/cities?page=200"
  "/cities 304"
)
BARE_PAGE="/"

TOOLS=(curl awk)
if [ "${START_ONLY}" != 1 ]; then TOOLS+=(wrk); fi
for tool in "${TOOLS[@]}"; do
  if ! command -v "${tool}" >/dev/null; then
    echo "bench/directory.sh needs ${tool} (Debian: apt-get install ${tool})." >&2
    exit 1
  fi
done
if curl -s -o /dev/null "${BASE}/"; then
  echo "Port ${PORT} is already in use: set BENCH_PORT to a free port." >&2
  exit 1
fi

WORK="$(mktemp -d)"
stop_postgres() { # data directory: stops the PostgreSQL server this script started there, if it still runs
  local pidfile="$1/postmaster.pid"
  [ -f "${pidfile}" ] || return 0
  local pid
  pid="$(head -n 1 "${pidfile}")"
  kill -INT "${pid}" 2>/dev/null || return 0
  for _ in $(seq 1 600); do
    kill -0 "${pid}" 2>/dev/null || return 0
    sleep 0.1
  done
}

APP_PID=""
stop_app() {
  if [ -n "${APP_PID}" ]; then
    kill "${APP_PID}" 2>/dev/null || true
    wait "${APP_PID}" 2>/dev/null || true
    APP_PID=""
  fi
}
cleanup() {
  stop_app
  stop_postgres "${WORK}/portal-data"
  stop_postgres "${WORK}/bare-data"
  if [ -n "${BENCH_KEEP:-}" ]; then
    mkdir -p "${BENCH_KEEP}" && cp -r "${WORK}"/*.log "${WORK}"/results.tsv "${WORK}"/starts.tsv "${BENCH_KEEP}"/ 2>/dev/null || true
  fi
  rm -rf "${WORK}"
}
trap cleanup EXIT

echo "== Building the portal and the bare page"
PORTAL_BUILD=(package -DskipTests)
PORTAL_OPTS=()
if [ "${SPRING_AOT}" = 1 ]; then PORTAL_BUILD+=(-Pspring-aot); PORTAL_OPTS+=(-Dspring.aot.enabled=true); fi
./mvnw -B -q -o "${PORTAL_BUILD[@]}" 2>/dev/null || ./mvnw -B -q "${PORTAL_BUILD[@]}"
./mvnw -B -q -o -f bench/baseline/pom.xml package -DskipTests 2>/dev/null \
  || ./mvnw -B -q -f bench/baseline/pom.xml package -DskipTests
PORTAL_JAR="$(ls target/gnlc-portal-*.jar | grep -v original | head -n 1)"
BARE_JAR="bench/baseline/target/bare-page.jar"

# The command line of each app (data kept across its JVMs, as a restarted server keeps it).
portal_args=(--server.port="${PORT}" --server.address=127.0.0.1 --spring.profiles.active=demo
  --gnlc.embedded-database.data-directory="${WORK}/portal-data" --gnlc.synthetic-cities="${CITIES}"
  --logging.level.root=WARN --logging.level.org.unesco.gnlc=INFO
)
bare_args=(--server.port="${PORT}" --server.address=127.0.0.1 --bare.data-directory="${WORK}/bare-data"
  --logging.level.root=WARN --logging.level.bench=INFO)

# aot: Spring Boot's extracted layout (jarmode=tools) and a JDK 25 AOT cache trained on a start.
prepare_launch() { # name jar
  local name="$1" jar="$2"
  if [ "${LAUNCH}" = aot ]; then
    "${JAVA}" -Djarmode=tools -jar "${jar}" extract --destination "${WORK}/${name}" >/dev/null
    echo "${WORK}/${name}/$(basename "${jar}")"
  else
    echo "${jar}"
  fi
}
PORTAL_RUN="$(prepare_launch portal "${PORTAL_JAR}")"
BARE_RUN="$(prepare_launch bare "${BARE_JAR}")"

start_app() { # name log args... ; sets APP_PID
  local name="$1" log="$2"
  shift 2
  local run="${PORTAL_RUN}" cache="${WORK}/portal.aot" opts=("${PORTAL_OPTS[@]}")
  if [ "${name}" = bare ]; then run="${BARE_RUN}"; cache="${WORK}/bare.aot"; opts=(); fi
  local aot=()
  if [ "${LAUNCH}" = aot ] && [ -f "${cache}" ]; then aot=(-XX:AOTCache="${cache}"); fi
  "${JAVA}" ${HEAP} "${aot[@]}" "${opts[@]}" -jar "${run}" "$@" >"${log}" 2>&1 &
  APP_PID=$!
}

# CPU time (user + sys, all threads) the app's JVM has used so far, in ms: less distorted by the
# machine's load than the wall clock.
cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/${APP_PID}/stat"
}

# Milliseconds from now until the page answers 200 (the app must have been started just before).
wait_for() { # path since_ns
  local path="$1" since="$2"
  for _ in $(seq 1 3600); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "${BASE}${path}")" = 200 ]; then
      echo $((($(date +%s%N) - since) / 1000000))
      return 0
    fi
    kill -0 "${APP_PID}" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}

echo "== Preparing the data (the portal with ${CITIES} synthetic cities) and, for ${LAUNCH}, the AOT caches"
for name in portal bare; do
  if [ "${name}" = portal ]; then args=("${portal_args[@]}"); ready="/actuator/health/readiness"; else args=("${bare_args[@]}"); ready="${BARE_PAGE}"; fi
  start_app "${name}" "${WORK}/${name}-prepare.log" "${args[@]}"
  wait_for "${ready}" "$(date +%s%N)" >/dev/null || { cat "${WORK}/${name}-prepare.log" >&2; exit 1; }
  stop_app
  if [ "${LAUNCH}" = aot ]; then
    # The training run serves the first page, then stops (SIGTERM: the context closes, the JVM
    # writes the cache): the cache then holds what the first page needs, not only the context.
    run="${PORTAL_RUN}"; first_page="/cities"; opts=("${PORTAL_OPTS[@]}")
    if [ "${name}" = bare ]; then run="${BARE_RUN}"; first_page="${BARE_PAGE}"; opts=(); fi
    "${JAVA}" ${HEAP} "${opts[@]}" -XX:AOTCacheOutput="${WORK}/${name}.aot" -jar "${run}" "${args[@]}" >"${WORK}/${name}-training.log" 2>&1 &
    APP_PID=$!
    wait_for "${ready}" "$(date +%s%N)" >/dev/null && wait_for "${first_page}" "$(date +%s%N)" >/dev/null \
      || { cat "${WORK}/${name}-training.log" >&2; exit 1; }
    stop_app
    [ -s "${WORK}/${name}.aot" ] || { tail -n 20 "${WORK}/${name}-training.log" >&2; echo "No AOT cache written for ${name}." >&2; exit 1; }
  fi
done

spring_start() { # log: Spring's own count of the start, in seconds
  grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$1" | awk '{print $4}' || true
}

to_ms() { # a wrk latency (540.00us, 5.21ms, 1.02s, 1.00m) in milliseconds
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.2f", v * 60000 }
    else printf "%s", v }'
}

measure() { # round app label path [etag]
  local round="$1" app="$2" label="$3" path="$4" etag="${5:-}"
  local header=()
  if [ -n "${etag}" ]; then header=(-H "If-None-Match: ${etag}"); fi
  wrk -t"${THREADS}" -c"${CONNECTIONS}" -d"${WARMUP}" "${header[@]}" "${BASE}${path}" >/dev/null
  local out
  out="$(wrk -t"${THREADS}" -c"${CONNECTIONS}" -d"${DURATION}" --timeout 10s --latency "${header[@]}" "${BASE}${path}")"
  local rps p50 p99 errors
  rps="$(awk '/^Requests\/sec/ {print $2}' <<<"${out}")"
  p50="$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"${out}")")"
  p99="$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"${out}")")"
  errors="$(awk '/Non-2xx/ {n += $5} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"${out}")"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${round}" "${app}" "${label}" "${rps}" "${p50}" "${p99}" "${errors}" >>"${WORK}/results.tsv"
  printf '  %-6s %-52s %10s req/s  p50 %8s ms  p99 %8s ms  errors %s\n' "${app}" "${label}" "${rps}" "${p50}" "${p99}" "${errors}"
}

: >"${WORK}/results.tsv"
: >"${WORK}/starts.tsv"
echo "== Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); ${JAVA} (Java ${JAVA_FEATURE}), launch: ${LAUNCH}, Spring AOT: ${SPRING_AOT}, heap: ${HEAP}"
if [ "${START_ONLY}" = 1 ]; then
  echo "== Start-up only: ${ROUNDS} fresh JVMs of each app, alternating"
else
  echo "== wrk: ${THREADS} threads, ${CONNECTIONS} connections, ${DURATION} per page after ${WARMUP} of warming"
fi
for round in $(seq 1 "${ROUNDS}"); do
  echo "== Round ${round} of ${ROUNDS}"

  since="$(date +%s%N)"
  start_app bare "${WORK}/bare-${round}.log" "${bare_args[@]}"
  first="$(wait_for "${BARE_PAGE}" "${since}")" || { tail -n 40 "${WORK}/bare-${round}.log" >&2; exit 1; }
  cpu="$(cpu_ms)"
  echo "  bare   started: first page after ${first} ms (CPU ${cpu} ms)"
  if [ "${START_ONLY}" != 1 ]; then measure "${round}" bare "${BARE_PAGE}" "${BARE_PAGE}"; fi
  stop_app
  printf '%s\tbare\t%s\t%s\t%s\t%s\n' "${round}" "${first}" "${first}" "$(spring_start "${WORK}/bare-${round}.log")" "${cpu}" >>"${WORK}/starts.tsv"

  since="$(date +%s%N)"
  start_app portal "${WORK}/portal-${round}.log" "${portal_args[@]}"
  first="$(wait_for "/cities" "${since}")" || { tail -n 40 "${WORK}/portal-${round}.log" >&2; exit 1; }
  cpu="$(cpu_ms)"
  ready="$(wait_for "/actuator/health/readiness" "${since}")" || { tail -n 40 "${WORK}/portal-${round}.log" >&2; exit 1; }
  echo "  portal started: first page after ${first} ms (CPU ${cpu} ms), ready after ${ready} ms"
  for page in "${PAGES[@]}"; do
    if [ "${START_ONLY}" = 1 ]; then break; fi
    if [[ "${page}" == *" 304" ]]; then
      path="${page% 304}"
      etag="$(curl -s -o /dev/null -D - "${BASE}${path}" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')"
      measure "${round}" portal "${path} (revalidation: 304)" "${path}" "${etag}"
    else
      measure "${round}" portal "${page}" "${page}"
    fi
  done
  stop_app
  printf '%s\tportal\t%s\t%s\t%s\t%s\n' "${round}" "${first}" "${ready}" "$(spring_start "${WORK}/portal-${round}.log")" "${cpu}" >>"${WORK}/starts.tsv"
done

if [ "${START_ONLY}" = 1 ]; then
  # One more start, not counted: where the portal's start goes, step by step (shared.startup.StartupSteps).
  PORTAL_OPTS+=(-Dgnlc.startup-steps="${BENCH_STEPS:-25}")
  since="$(date +%s%N)"
  start_app portal "${WORK}/portal-steps.log" "${portal_args[@]}"
  wait_for "/actuator/health/readiness" "${since}" >/dev/null || { tail -n 40 "${WORK}/portal-steps.log" >&2; exit 1; }
  stop_app
  echo
  echo "== Where the portal's start goes (one more start, not counted above; each step's own time, then with the steps within it)"
  awk '/Slowest steps of the start/ {show = 1; sub(/.*StartupSteps *: /, ""); print "  " $0; next}
       show && /^ *[0-9]/ {print "  " $0; next} show {exit}' "${WORK}/portal-steps.log"
fi

if [ "${START_ONLY}" != 1 ]; then
echo
echo "== Medians of ${ROUNDS} rounds (bare page: ${BARE_PAGE} of the bare app, the same wrk settings)"
awk -F'\t' -v rounds="${ROUNDS}" '
  function median(list,    n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  {
    key = $2 SUBSEP $3
    if (!(key in rps)) { order[++count] = key }
    rps[key] = rps[key] " " $4; p50[key] = p50[key] " " $5; p99[key] = p99[key] " " $6; errors[key] += $7
  }
  END {
    bare = "bare" SUBSEP "/"
    brps = median(rps[bare]); bp50 = median(p50[bare])
    printf "| page | req/s | p50 ms | p99 ms | errors | req/s portal/bare | p50 portal/bare |\n"
    printf "|---|---:|---:|---:|---:|---:|---:|\n"
    for (i = 1; i <= count; i++) {
      split(order[i], k, SUBSEP)
      r = median(rps[order[i]]); m = median(p50[order[i]])
      printf "| %s %s | %.0f | %.2f | %.2f | %d | %s | %s |\n", k[1], k[2], r, m, median(p99[order[i]]), errors[order[i]],
        (k[1] == "bare" ? "" : sprintf("%.2f", r / brps)), (k[1] == "bare" ? "" : sprintf("%.2f", m / bp50))
    }
  }' "${WORK}/results.tsv"
fi
echo
echo "== Start-up (ms from the launch command to the first page; portal also to readiness UP; the JVM's CPU time"
echo "   (user+sys) at the first page; Spring's own count in s), then the medians and the ratios portal/bare"
awk -F'\t' '{ printf "  round %s %-6s first page %6s ms  CPU %6s ms  ready %6s ms  Spring %s s\n", $1, $2, $3, $6, $4, $5 }' "${WORK}/starts.tsv"
awk -F'\t' '
  function median(list,    n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  { wall[$2] = wall[$2] " " $3; cpu[$2] = cpu[$2] " " $6 }
  END {
    bw = median(wall["bare"]); pw = median(wall["portal"]); bc = median(cpu["bare"]); pc = median(cpu["portal"])
    printf "| start-up to the first page | bare | portal | portal/bare |\n|---|---:|---:|---:|\n"
    printf "| wall clock, ms | %d | %d | %.2f |\n| CPU (user+sys), ms | %d | %d | %.2f |\n", bw, pw, pw / bw, bc, pc, pc / bc
  }' "${WORK}/starts.tsv"
echo "== Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
