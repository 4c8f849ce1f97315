#!/usr/bin/env bash
# Kombo.Sim load benchmark: the simulator against a minimal ASP.NET Core baseline in the same run, as ratios.
# See docs/performance.md for what each scenario measures and the targets.
#
#   bench/run.sh            full run (about 20 minutes: 5 rounds x 10 s per scenario, 5-minute memory check)
#   bench/run.sh --quick    short run (2 rounds x 5 s, 1-minute memory check) to try a change
#
# Options: --rounds N, --duration S (seconds per wrk run), --memory-minutes M, --out DIR (default bench/results),
#          --no-build (reuse bench/.out), --skip-memory.
# Needs: .NET 10 SDK, curl, awk, wrk (installed with apt-get when missing). Loopback only, fixed ports 5280-5284.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/bench"
OUT_BIN="$BENCH/.out"
export BENCH_WRK_DIR="$BENCH/wrk"

ROUNDS=5
DURATION=10
MEMORY_MINUTES=5
RESULTS_DIR="$BENCH/results"
BUILD=1
MEMORY=1
MODE=full
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) ROUNDS=2; DURATION=5; MEMORY_MINUTES=1; MODE=quick ;;
    --rounds) ROUNDS=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --memory-minutes) MEMORY_MINUTES=$2; shift ;;
    --out) RESULTS_DIR=$2; shift ;;
    --no-build) BUILD=0 ;;
    --skip-memory) MEMORY=0 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

KEY="kombo-sim-demo-key"
HRIS="personio:3q5sD8CFv8WK9jw7G5ozZiom"
ATS="greenhouse:BwKLEQYYBcMzbDasjHz82jwH"
VACATION_TYPE="3u1rzTM4xRcLe9iEdL2U7pkf"     # Personio's "Vacation" in the default seed
FILTER_GROUP="J3JZBY2JtaKMW8njJCdMWtME"        # Personio's "Engineering" department
FILTER_STATUSES="ACTIVE,LEAVE"
SIM_PORT=5280; BASE_PORT=5281; SIM_INFO_PORT=5282; SMALL_PORT=5283; LARGE_PORT=5284
HZ=$(getconf CLK_TCK)
GET_CONNECTIONS=16
POST_CONNECTIONS=32
SIM_LOG_LEVEL=Warning
BASE_LOG_LEVEL=Warning

LOGS="$OUT_BIN/logs"
mkdir -p "$LOGS" "$RESULTS_DIR"
RAW="$OUT_BIN/raw.tsv"
: > "$RAW"

declare -a PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT INT TERM

say() { printf '[bench %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

# ---------------------------------------------------------------- tools and build
if ! command -v wrk >/dev/null 2>&1; then
  say "installing wrk (Debian package)"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq wrk >/dev/null
fi

if [ "$BUILD" -eq 1 ]; then
  say "publishing the simulator and the baseline (Release, ReadyToRun, bench/publish.sh)"
  "$ROOT/bench/publish.sh" "$OUT_BIN"
fi
SIM_BIN="$OUT_BIN/sim/Kombo.Sim.Api"
BASE_BIN="$OUT_BIN/baseline/Kombo.Sim.Baseline"

# ---------------------------------------------------------------- helpers
# start NAME PORT BINARY ARGS... : starts a server in the background, sets STARTED_PID
start() {
  local name=$1 port=$2 binary=$3
  shift 3
  "$binary" --urls "http://127.0.0.1:$port" "$@" >"$LOGS/$name.log" 2>&1 &
  STARTED_PID=$!
  PIDS+=("$STARTED_PID")
}

# wait_ok URL [HEADER...] : polls until the URL answers 200 (at most 300 s)
wait_ok() {
  local url=$1
  shift
  local args=()
  for h in "$@"; do args+=(-H "$h"); done
  local deadline=$((SECONDS + 300))
  until curl -sf -o /dev/null "${args[@]}" "$url"; do
    [ $SECONDS -lt $deadline ] || { say "timeout waiting for $url"; return 1; }
    sleep 0.01
  done
}

stop() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# load SCENARIO SERVER PID PORT CONNECTIONS SCRIPT PATH [SCRIPT ARGS...] : one wrk run, appended to $RAW
load() {
  local scenario=$1 server=$2 pid=$3 port=$4 connections=$5 script=$6 path=$7
  shift 7
  local before after line
  before=$(cpu_ticks "$pid")
  line=$(wrk -t1 -c"$connections" -d"${DURATION}s" --timeout 10s \
    -H "Authorization: Bearer $KEY" -H "X-Integration-Id: $INTEGRATION" \
    -s "$BENCH_WRK_DIR/$script" "http://127.0.0.1:$port$path" -- "$@" | awk '/^RESULT/')
  after=$(cpu_ticks "$pid")
  # RESULT requests duration_us bytes p50_us p99_us non2xx socket_errors
  read -r _ requests duration bytes p50 p99 non2xx socket <<<"$line"
  if [ "$non2xx" != "0" ] || [ "$socket" != "0" ]; then
    say "WARNING: $scenario/$server had $non2xx non-2xx answers and $socket socket errors"
  fi
  awk -v s="$scenario" -v v="$server" -v r="$requests" -v d="$duration" -v b="$bytes" -v p50="$p50" -v p99="$p99" \
      -v t=$((after - before)) -v hz="$HZ" -v n="$non2xx" -v e="$socket" 'BEGIN {
    rps = r / (d / 1e6);
    printf "%s\t%s\t%.1f\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\n", s, v, rps, p50 / 1000, p99 / 1000, (t * 1000 / hz) / (r > 0 ? r : 1), b / (r > 0 ? r : 1), n, e
  }' >>"$RAW"
  say "$(tail -n 1 "$RAW" | awk -F'\t' '{printf "%-22s %-9s %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms  cpu %6.3f ms/req  %7d B/resp", $1, $2, $3, $4, $5, $6, $7}')"
}

# first_cursor URL : the "next" cursor of a page
next_of() { grep -o '"next":"[^"]*"' | head -n 1 | cut -d'"' -f4; }

# walk PORT PATH FRACTION : follows "next" through FRACTION (percent) of the pages; prints that page's cursor
walk_to() {
  local port=$1 path=$2 percent=$3
  local sep="?"
  [[ "$path" == *\?* ]] && sep="&"
  local cursors=() cursor="" page
  while :; do
    local url="http://127.0.0.1:$port$path"
    [ -n "$cursor" ] && url="$url${sep}cursor=$cursor"
    page=$(curl -sf -H "Authorization: Bearer $KEY" -H "X-Integration-Id: $HRIS" "$url")
    cursor=$(printf '%s' "$page" | next_of)
    [ -n "$cursor" ] || break
    cursors+=("$cursor")
  done
  local count=${#cursors[@]}
  [ "$count" -gt 0 ] || { say "no second page for $path"; return 1; }
  local index=$((count * percent / 100))
  [ "$index" -lt "$count" ] || index=$((count - 1))
  say "walked $path: $count cursors, taking number $((index + 1))"
  printf '%s' "${cursors[$index]}"
}

employee_ids() {
  curl -sf -H "Authorization: Bearer $KEY" -H "X-Integration-Id: $HRIS" \
    "http://127.0.0.1:$1/v1/hris/employees?page_size=100&employment_statuses=ACTIVE" |
    grep -o '"employee_id":"[^"]*"' | cut -d'"' -f4 | awk '!seen[$0]++' | head -n 50
}

median() { sort -g | awk '{a[NR] = $1} END {if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# ---------------------------------------------------------------- 1. throughput scenarios, A/B alternating
WORLD=(--Generator:Employees=10000 --Generator:AbsencesPerEmployee=5 --Generator:Candidates=5000 --Generator:Applications=8000
  "--Generator:Integrations:0=$HRIS" "--Generator:Integrations:1=$ATS")

say "starting the simulator (10,000 employees, 50,000 absences, 5,000 candidates, 8,000 applications) and the baseline"
start sim $SIM_PORT "$SIM_BIN" "${WORLD[@]}" --Serilog:MinimumLevel:Default=$SIM_LOG_LEVEL
SIM_PID=$STARTED_PID
start sim-info $SIM_INFO_PORT "$SIM_BIN" "${WORLD[@]}" --Serilog:MinimumLevel:Default=Information
SIM_INFO_PID=$STARTED_PID
start baseline $BASE_PORT "$BASE_BIN" --Logging:LogLevel:Default=$BASE_LOG_LEVEL
BASE_PID=$STARTED_PID
wait_ok "http://127.0.0.1:$SIM_PORT/v1/check-api-key" "Authorization: Bearer $KEY"
wait_ok "http://127.0.0.1:$SIM_INFO_PORT/v1/check-api-key" "Authorization: Bearer $KEY"
wait_ok "http://127.0.0.1:$BASE_PORT/v1/hris/employees"

FILTERED="/v1/hris/employees?page_size=100&group_ids=$FILTER_GROUP&employment_statuses=$FILTER_STATUSES"
DEEP_FILTERED="$FILTERED&cursor=$(walk_to $SIM_PORT "$FILTERED" 90)"
mapfile -t IDS < <(employee_ids $SIM_PORT)
say "absence bodies rotate over ${#IDS[@]} employees"

# Warm-up (discarded): every scenario once on each server, so no round measures tier-0 code.
RAW_KEPT=$RAW
RAW="$OUT_BIN/warmup.tsv"
KEPT_DURATION=$DURATION
DURATION=3
for round in 0 $(seq 1 "$ROUNDS"); do
  if [ "$round" -eq 1 ]; then RAW=$RAW_KEPT; DURATION=$KEPT_DURATION; fi
  say "round $round of $ROUNDS (0 = warm-up)"
  if [ $((round % 2)) -eq 1 ]; then order=(sim baseline); else order=(baseline sim); fi
  for server in "${order[@]}"; do
    if [ "$server" = sim ]; then pid=$SIM_PID; port=$SIM_PORT; else pid=$BASE_PID; port=$BASE_PORT; fi
    INTEGRATION=$HRIS
    load employees "$server" "$pid" "$port" $GET_CONNECTIONS get.lua "/v1/hris/employees?page_size=100" "/v1/hris/employees?page_size=100"
    load employees-filtered "$server" "$pid" "$port" $GET_CONNECTIONS get.lua "$DEEP_FILTERED" "$DEEP_FILTERED"
    load absences-post "$server" "$pid" "$port" $POST_CONNECTIONS post_absence.lua "/v1/hris/absences" "$VACATION_TYPE" "${IDS[@]}"
    if [ "$server" = sim ]; then
      INTEGRATION=$ATS
      load applications sim "$pid" "$port" $GET_CONNECTIONS get.lua "/v1/ats/applications?page_size=100" "/v1/ats/applications?page_size=100"
      INTEGRATION=$HRIS
      load employees-info-log sim-info $SIM_INFO_PID $SIM_INFO_PORT $GET_CONNECTIONS get.lua "/v1/hris/employees?page_size=100" "/v1/hris/employees?page_size=100"
    else
      # The baseline has one page; the applications scenario compares against it too.
      load applications baseline "$pid" "$port" $GET_CONNECTIONS get.lua "/v1/hris/employees?page_size=100" "/v1/hris/employees?page_size=100"
      load employees-info-log baseline "$pid" "$port" $GET_CONNECTIONS get.lua "/v1/hris/employees?page_size=100" "/v1/hris/employees?page_size=100"
    fi
  done
done
stop $SIM_PID; stop $SIM_INFO_PID; stop $BASE_PID

# ---------------------------------------------------------------- 2. start-up to the first 200, alternating
STARTUP_RUNS=$((ROUNDS < 3 ? 3 : ROUNDS))
: > "$OUT_BIN/startup.tsv"
for run in $(seq 1 $STARTUP_RUNS); do
  for server in sim baseline; do
    t0=$(now_ms)
    if [ "$server" = sim ]; then
      start startup-sim $SIM_PORT "$SIM_BIN" --Serilog:MinimumLevel:Default=$SIM_LOG_LEVEL
      wait_ok "http://127.0.0.1:$SIM_PORT/v1/check-api-key" "Authorization: Bearer $KEY"
    else
      start startup-baseline $BASE_PORT "$BASE_BIN" --Logging:LogLevel:Default=$BASE_LOG_LEVEL
      wait_ok "http://127.0.0.1:$BASE_PORT/v1/hris/employees"
    fi
    t1=$(now_ms)
    stop $STARTED_PID
    printf '%s\t%d\n' "$server" $((t1 - t0)) >>"$OUT_BIN/startup.tsv"
    say "start-up $server: $((t1 - t0)) ms"
  done
done

# ---------------------------------------------------------------- 3. page latency at 1,000 vs 100,000 employees
LARGE_WORLD=(--Generator:Employees=100000 --Generator:AbsencesPerEmployee=5 --Generator:Candidates=25000 --Generator:Applications=50000
  "--Generator:Integrations:0=$HRIS" "--Generator:Integrations:1=$ATS")
say "starting the simulator at 1,000 and at 100,000 employees (500,000 absences, 50,000 applications)"
start small $SMALL_PORT "$SIM_BIN" --Generator:Employees=1000 "--Generator:Integrations:0=$HRIS" --Serilog:MinimumLevel:Default=$SIM_LOG_LEVEL
SMALL_PID=$STARTED_PID
start large $LARGE_PORT "$SIM_BIN" "${LARGE_WORLD[@]}" --Serilog:MinimumLevel:Default=$SIM_LOG_LEVEL
LARGE_PID=$STARTED_PID
wait_ok "http://127.0.0.1:$SMALL_PORT/v1/check-api-key" "Authorization: Bearer $KEY"
wait_ok "http://127.0.0.1:$LARGE_PORT/v1/check-api-key" "Authorization: Bearer $KEY"

# A cursor near the end of each walk: the page 100 employees before the last one.
deep_cursor() {
  local port=$1 first cursor json fingerprint
  first=$(curl -sf -H "Authorization: Bearer $KEY" -H "X-Integration-Id: $HRIS" "http://127.0.0.1:$port/v1/hris/employees?page_size=1")
  cursor=$(printf '%s' "$first" | next_of)
  json=$(printf '%s' "$cursor" | tr '_-' '/+' | awk '{n = length($0) % 4; if (n) for (i = n; i < 4; i++) $0 = $0 "="; print}' | base64 -d)
  fingerprint=$(printf '%s' "$json" | grep -o '"filter":"[^"]*"' | cut -d'"' -f4)
  printf '{"position":%d,"filter":"%s"}' "$2" "$fingerprint" | base64 -w0 | tr '/+' '_-' | tr -d '='
}
SMALL_DEEP="/v1/hris/employees?page_size=100&cursor=$(deep_cursor $SMALL_PORT 900)"
LARGE_DEEP="/v1/hris/employees?page_size=100&cursor=$(deep_cursor $LARGE_PORT 99900)"
SMALL_FILTERED="$FILTERED&cursor=$(walk_to $SMALL_PORT "$FILTERED" 90)"
INTEGRATION=$HRIS
LARGE_FILTERED="$FILTERED&cursor=$(walk_to $LARGE_PORT "$FILTERED" 90)"
# latency_rounds SCENARIO SMALL_PATH LARGE_PATH : one connection, alternating the two worlds
latency_rounds() {
  local scenario=$1 small_path=$2 large_path=$3
  local kept_raw=$RAW kept_duration=$DURATION
  # Round 0 warms both processes up and is discarded (as for throughput): a freshly started process runs its first
  # seconds in tier-0 code and, with a large generated world, finishes its first full collection of the heap.
  for round in 0 $(seq 1 "$ROUNDS"); do
    if [ "$round" -eq 0 ]; then RAW="$OUT_BIN/warmup.tsv"; DURATION=3; else RAW=$kept_raw; DURATION=$kept_duration; fi
    say "$scenario latency round $round of $ROUNDS (0 = warm-up)"
    if [ $((round % 2)) -eq 1 ]; then order=(small large); else order=(large small); fi
    for server in "${order[@]}"; do
      if [ "$server" = small ]; then
        load "$scenario" small $SMALL_PID $SMALL_PORT 1 get.lua "$small_path" "$small_path"
      else
        load "$scenario" large $LARGE_PID $LARGE_PORT 1 get.lua "$large_path" "$large_path"
      fi
    done
  done
}
latency_rounds deep-page "$SMALL_DEEP" "$LARGE_DEEP"
latency_rounds deep-filtered "$SMALL_FILTERED" "$LARGE_FILTERED"
stop $SMALL_PID

# ---------------------------------------------------------------- 4. resident memory under sustained mixed load
RSS_START=""; RSS_1=""; RSS_END=""; RSS_PEAK=""; MIXED_LINE=""
if [ "$MEMORY" -eq 1 ]; then
  mapfile -t LARGE_IDS < <(employee_ids $LARGE_PORT)
  RSS_START=$(rss_kb $LARGE_PID)
  total=$((MEMORY_MINUTES * 60))
  first_sample=$((MEMORY_MINUTES > 1 ? 60 : 20))
  say "sustained mixed load on the 100,000-employee world for $MEMORY_MINUTES min (RSS at ${first_sample}s and at the end)"
  INTEGRATION=$HRIS
  mixed_out="$OUT_BIN/mixed.txt"
  wrk -t1 -c16 -d"${total}s" --timeout 10s -H "Authorization: Bearer $KEY" -H "X-Integration-Id: $HRIS" \
    -s "$BENCH_WRK_DIR/mixed.lua" "http://127.0.0.1:$LARGE_PORT/" -- "$LARGE_DEEP" "$LARGE_FILTERED" "$VACATION_TYPE" "$ATS" "${LARGE_IDS[@]}" \
    >"$mixed_out" &
  WRK_PID=$!
  PIDS+=("$WRK_PID")
  # VmRSS every 5 s while the load runs: the peak, not only the two samples the flatness check compares.
  rss_samples="$OUT_BIN/rss-samples.txt"
  (while kill -0 "$WRK_PID" 2>/dev/null; do rss_kb "$LARGE_PID"; sleep 5; done) >"$rss_samples" &
  SAMPLER_PID=$!
  PIDS+=("$SAMPLER_PID")
  sleep "$first_sample"
  RSS_1=$(rss_kb $LARGE_PID)
  say "RSS at ${first_sample}s: $((RSS_1 / 1024)) MiB"
  wait $WRK_PID || true
  RSS_END=$(rss_kb $LARGE_PID)
  say "RSS at ${total}s: $((RSS_END / 1024)) MiB"
  wait "$SAMPLER_PID" 2>/dev/null || true
  RSS_PEAK=$( (cat "$rss_samples"; echo "$RSS_1"; echo "$RSS_END") | sort -n | tail -n 1)
  say "peak RSS under the load (every 5 s): $((RSS_PEAK / 1024)) MiB"
  MIXED_LINE=$(awk '/^RESULT/' "$mixed_out")
fi
stop $LARGE_PID

# ---------------------------------------------------------------- report
RESULT_MD="$RESULTS_DIR/latest.md"
RESULT_TSV="$RESULTS_DIR/latest.tsv"
cp "$RAW" "$RESULT_TSV"
{
  printf '# Kombo.Sim benchmark results\n\n'
  printf -- '- date: %s (UTC), mode: %s (%s rounds x %s s per scenario, A/B alternating)\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$MODE" "$ROUNDS" "$DURATION"
  printf -- '- machine: %s, %s cores, %s MiB RAM, load average at the end: %s\n' \
    "$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)" "$(nproc)" "$(awk '/MemTotal/ {print int($2 / 1024)}' /proc/meminfo)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  printf -- '- commit: %s, .NET %s, wrk %s\n' "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')" "$(dotnet --version)" "$(wrk -v 2>&1 | head -n 1 | awk '{print $2}')"
  printf -- '- both servers at log level Warning; wrk -t1, %s connections for GETs, %s for the POST, on loopback\n\n' $GET_CONNECTIONS $POST_CONNECTIONS
  printf '## Throughput (medians over the rounds)\n\n'
  printf '| scenario | server | req/s | p50 ms | p99 ms | CPU ms/req | bytes/resp |\n|---|---|---:|---:|---:|---:|---:|\n'
  for s in employees employees-filtered applications absences-post employees-info-log; do
    for v in sim sim-info baseline; do
      rows=$(awk -F'\t' -v s=$s -v v=$v '$1 == s && $2 == v' "$RAW")
      [ -n "$rows" ] || continue
      printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$s" "$v" \
        "$(cut -f3 <<<"$rows" | median)" "$(cut -f4 <<<"$rows" | median)" "$(cut -f5 <<<"$rows" | median)" \
        "$(cut -f6 <<<"$rows" | median)" "$(cut -f7 <<<"$rows" | median)"
    done
  done
} >"$RESULT_MD"

ratio_row() {
  # ratio_row LABEL SCENARIO SIM_NAME TARGET : the median of per-round ratios sim/baseline (same round = same conditions)
  local label=$1 scenario=$2 simname=$3 target=$4
  local ratio
  ratio=$(awk -F'\t' -v s="$scenario" -v v="$simname" '
    $1 == s && $2 == v {sim[++ns] = $3}
    $1 == s && $2 == "baseline" {base[++nb] = $3}
    END {for (i = 1; i <= ns && i <= nb; i++) print sim[i] / base[i]}' "$RAW" | median)
  local met
  met=$(awk -v r="$ratio" -v t="$target" 'BEGIN {print (r >= t) ? "yes" : "NO"}')
  printf '| %s | %.2f | >= %s | %s |\n' "$label" "$ratio" "$target" "$met"
}

sim_startup=$(awk -F'\t' '$1 == "sim" {print $2}' "$OUT_BIN/startup.tsv" | median)
base_startup=$(awk -F'\t' '$1 == "baseline" {print $2}' "$OUT_BIN/startup.tsv" | median)
small_p50=$(awk -F'\t' '$1 == "deep-page" && $2 == "small" {print $4}' "$RAW" | median)
large_p50=$(awk -F'\t' '$1 == "deep-page" && $2 == "large" {print $4}' "$RAW" | median)
small_f50=$(awk -F'\t' '$1 == "deep-filtered" && $2 == "small" {print $4}' "$RAW" | median)
large_f50=$(awk -F'\t' '$1 == "deep-filtered" && $2 == "large" {print $4}' "$RAW" | median)
{
  printf '\n## Targets\n\n| scenario | measured | target | met |\n|---|---:|---:|:---:|\n'
  ratio_row 'GET employees, page_size=100 (req/s vs baseline)' employees sim 0.7
  ratio_row 'GET employees, group_ids + employment_statuses, deep cursor' employees-filtered sim 0.5
  ratio_row 'GET applications, page_size=100 (nested candidate, stage, job)' applications sim 0.5
  ratio_row 'POST absences, 32 connections' absences-post sim 0.5
  awk -v s="$sim_startup" -v b="$base_startup" 'BEGIN {r = s / b; printf "| start-up to first 200, default seed (%d ms vs %d ms) | %.2f x | <= 1.5 x | %s |\n", s, b, r, (r <= 1.5) ? "yes" : "NO"}'
  awk -v a="$small_p50" -v b="$large_p50" 'BEGIN {r = b / a; printf "| deep page p50 at 100,000 vs 1,000 employees (%.2f ms vs %.2f ms) | %.2f x | <= 1.5 x | %s |\n", b, a, r, (r <= 1.5) ? "yes" : "NO"}'
  awk -v a="$small_f50" -v b="$large_f50" 'BEGIN {r = b / a; printf "| (informational) deep filtered page p50 at 100,000 vs 1,000 employees (%.2f ms vs %.2f ms) | %.2f x | - | - |\n", b, a, r}'
  if [ -n "$RSS_END" ]; then
    awk -v s="$RSS_START" -v a="$RSS_1" -v b="$RSS_END" -v p="$RSS_PEAK" -v m="$MEMORY_MINUTES" 'BEGIN {
      peak = p / 1048576; change = (b - a) / a * 100;
      printf "| resident memory, 100,000 employees / 500,000 absences / 50,000 applications (%.0f MiB idle, %.0f MiB at minute %s, %.0f MiB at minute %d; peak of the samples every 5 s) | %.2f GiB | <= 1.5 GB | %s |\n", s / 1024, a / 1024, (m > 1 ? 1 : "1/3"), b / 1024, m, peak, (peak * 1.073741824 <= 1.5) ? "yes" : "NO";
      printf "| memory growth between those samples | %+.1f %% | within 10 %% | %s |\n", change, (change <= 10 && change >= -10) ? "yes" : "NO" }'
  fi
  printf '\nThe logging row compares the simulator at its default level (Information, console to a file) with the baseline.\n'
  info_ratio=$(awk -F'\t' '$1 == "employees-info-log" && $2 == "sim-info" {a[++n] = $3} $1 == "employees" && $2 == "sim" {b[++m] = $3}
    END {for (i = 1; i <= n && i <= m; i++) print a[i] / b[i]}' "$RAW" | median)
  awk -v r="$info_ratio" 'BEGIN {printf "Request logging at Information (console, to a file) gives the simulator %.2f of its Warning-level throughput on the employee page (median of per-round ratios).\n", r}'
  if [ -n "$MIXED_LINE" ]; then
    read -r _ requests duration bytes p50 p99 non2xx socket <<<"$MIXED_LINE"
    awk -v r="$requests" -v d="$duration" -v p50="$p50" -v p99="$p99" -v n="$non2xx" 'BEGIN {printf "Sustained mixed load: %.0f req/s, p50 %.2f ms, p99 %.2f ms, %d non-2xx.\n", r / (d / 1e6), p50 / 1000, p99 / 1000, n}'
  fi
  printf '\nStart-up runs (ms): simulator %s; baseline %s.\n' \
    "$(awk -F'\t' '$1 == "sim" {printf "%s ", $2}' "$OUT_BIN/startup.tsv")" "$(awk -F'\t' '$1 == "baseline" {printf "%s ", $2}' "$OUT_BIN/startup.tsv")"
} >>"$RESULT_MD"

say "results: $RESULT_MD"
cat "$RESULT_MD"
