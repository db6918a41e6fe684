#!/usr/bin/env bash
# Benchmark of the public directory at 10,000 member cities.
#
#   bench/directory.sh
#
# Builds the jar, starts the portal on 127.0.0.1 with a fresh embedded PostgreSQL (in a
# temporary directory, removed afterwards) and 10,000 synthetic cities, then drives each page
# with wrk (Debian: apt-get install wrk; without it, the Java load driver bench/LoadDriver.java
# sends a fixed number of requests instead) and prints throughput and p50/p99 latency.
#
# Settings (environment): BENCH_PORT (8084), BENCH_CITIES (10000), BENCH_DURATION (10s per page),
# BENCH_CONNECTIONS (8), BENCH_THREADS (2), BENCH_REQUESTS (2000 per page, Java driver only),
# BENCH_PORTAL_ARGS (more arguments for the portal, e.g. --spring.web.resources.chain.enabled=false).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${BENCH_PORT:-8084}"
CITIES="${BENCH_CITIES:-10000}"
DURATION="${BENCH_DURATION:-10s}"
CONNECTIONS="${BENCH_CONNECTIONS:-8}"
THREADS="${BENCH_THREADS:-2}"
REQUESTS="${BENCH_REQUESTS:-2000}"
BASE="http://127.0.0.1:${PORT}"

PAGES=(
  "/cities"
  "/cities?page=200"
  "/cities?region=EUROPE_NORTH_AMERICA&sort=population"
  "/cities?q=a&sort=country&page=200"
  "/cities?q=ybycui"
  "/cities/ybycui"
  "/api/cities?page=200"
)

if curl -s -o /dev/null "${BASE}/actuator/health"; then
  echo "Port ${PORT} is already in use: set BENCH_PORT to a free port." >&2
  exit 1
fi
echo "== Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== Building the portal"
./mvnw -B -q -o package -DskipTests 2>/dev/null || ./mvnw -B -q package -DskipTests
JAR="$(ls target/gnlc-portal-*.jar | grep -v original | head -n 1)"

WORK="$(mktemp -d)"
echo "== Starting it on ${BASE} with ${CITIES} synthetic cities (data in ${WORK})"
java -jar "${JAR}" --server.port="${PORT}" --server.address=127.0.0.1 \
  --gnlc.embedded-database.data-directory="${WORK}/postgres" --gnlc.synthetic-cities="${CITIES}" \
  --spring.profiles.active=demo --logging.level.root=WARN --logging.level.org.unesco.gnlc=INFO \
  ${BENCH_PORTAL_ARGS:-} > "${WORK}/portal.log" 2>&1 &
PORTAL=$!
cleanup() {
  kill "${PORTAL}" 2>/dev/null || true
  wait "${PORTAL}" 2>/dev/null || true
  rm -rf "${WORK}"
}
trap cleanup EXIT

for _ in $(seq 1 180); do
  if curl -s "${BASE}/actuator/health" | grep -q UP; then break; fi
echo "== Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  if ! kill -0 "${PORTAL}" 2>/dev/null; then cat "${WORK}/portal.log" >&2; exit 1; fi
echo "== Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  sleep 1
done
curl -s "${BASE}/actuator/health" | grep -q UP || { echo "The portal did not start in 180 s" >&2; exit 1; }
grep "synthetic cities" "${WORK}/portal.log" || true

echo "== Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== Warming up"
for page in "${PAGES[@]}"; do
  for _ in $(seq 1 50); do curl -s -o /dev/null "${BASE}${page}"; done
done

if command -v wrk >/dev/null; then
  echo "== One connection (latency without queueing), 5s per page"
  printf '%-55s %10s %10s\n' "page" "req/s" "p50"
  for page in "${PAGES[@]}"; do
    out="$(wrk -t1 -c1 -d5s --timeout 10s --latency "${BASE}${page}")"
    printf '%-55s %10s %10s\n' "${page}" "$(awk '/^Requests\/sec/ {print $2}' <<<"${out}")" \
      "$(awk '$1 == "50%" {print $2}' <<<"${out}")"
  done
  echo "== wrk: ${THREADS} threads, ${CONNECTIONS} connections, ${DURATION} per page"
  printf '%-55s %10s %10s %10s %8s\n' "page" "req/s" "p50" "p99" "errors"
  for page in "${PAGES[@]}"; do
    out="$(wrk -t"${THREADS}" -c"${CONNECTIONS}" -d"${DURATION}" --timeout 10s --latency "${BASE}${page}")"
    rps="$(awk '/^Requests\/sec/ {print $2}' <<<"${out}")"
    p50="$(awk '$1 == "50%" {print $2}' <<<"${out}")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"${out}")"
    errors="$(awk '/Non-2xx/ {print $5} /Socket errors/ {print "socket"}' <<<"${out}" | paste -sd, -)"
    printf '%-55s %10s %10s %10s %8s\n' "${page}" "${rps}" "${p50}" "${p99}" "${errors:-0}"
  done
else
  echo "== wrk not found (apt-get install wrk): Java load driver, ${REQUESTS} requests per page, ${CONNECTIONS} at a time"
  java bench/LoadDriver.java "${BASE}" "${REQUESTS}" "${CONNECTIONS}" "${PAGES[@]}"
fi
echo "== Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
