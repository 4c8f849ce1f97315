#!/usr/bin/env bash
# Kombo.Sim start-up benchmark: process start to the first 200, the simulator against the baseline, alternating.
# See docs/performance.md (the start-up scenario).
#
#   bench/startup.sh              publishes both (bench/publish.sh: Release, ReadyToRun) into bench/.out, then 7 alternating start-ups of each
#   bench/startup.sh --runs N     N start-ups of each (the order alternates between runs)
#   bench/startup.sh --no-build   reuse bench/.out
#
# The simulator: apphost, default seed, log level Warning, until `GET /v1/check-api-key` (Bearer kombo-sim-demo-key)
# answers 200. The baseline: apphost, log level Warning, until `GET /v1/hris/employees` answers 200. Prints each run,
# the medians and the ratio simulator/baseline (target <= 1.5). Loopback only, ports 5285 and 5286.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT_BIN="$ROOT/bench/.out"
RUNS=7
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift ;;
    --no-build) BUILD=0 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

KEY="kombo-sim-demo-key"
SIM_PORT=5285
BASE_PORT=5286
LOGS="$OUT_BIN/logs"
mkdir -p "$LOGS"

say() { printf '[startup %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

if [ "$BUILD" -eq 1 ]; then
  say "publishing the simulator and the baseline (Release, ReadyToRun, bench/publish.sh)"
  "$ROOT/bench/publish.sh" "$OUT_BIN"
fi
SIM_BIN="$OUT_BIN/sim/Kombo.Sim.Api"
BASE_BIN="$OUT_BIN/baseline/Kombo.Sim.Baseline"

PID=""
cleanup() {
  if [ -n "$PID" ]; then
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT INT TERM

now_ms() { echo $(($(date +%s%N) / 1000000)); }
median() { sort -g | awk '{a[NR] = $1} END {if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# one NAME : starts that server, polls until the first 200 (at most 120 s), stops it; prints the milliseconds
one() {
  local name=$1 t0 t1 deadline
  t0=$(now_ms)
  if [ "$name" = sim ]; then
    "$SIM_BIN" --urls "http://127.0.0.1:$SIM_PORT" --Serilog:MinimumLevel:Default=Warning >"$LOGS/startup-sim.log" 2>&1 &
    PID=$!
    deadline=$((SECONDS + 120))
    until curl -sf -o /dev/null -H "Authorization: Bearer $KEY" "http://127.0.0.1:$SIM_PORT/v1/check-api-key"; do
      [ $SECONDS -lt $deadline ] && kill -0 "$PID" 2>/dev/null || { say "the simulator did not answer 200 (see $LOGS/startup-sim.log)"; exit 1; }
      sleep 0.01
    done
  else
    "$BASE_BIN" --urls "http://127.0.0.1:$BASE_PORT" --Logging:LogLevel:Default=Warning >"$LOGS/startup-baseline.log" 2>&1 &
    PID=$!
    deadline=$((SECONDS + 120))
    until curl -sf -o /dev/null "http://127.0.0.1:$BASE_PORT/v1/hris/employees"; do
      [ $SECONDS -lt $deadline ] && kill -0 "$PID" 2>/dev/null || { say "the baseline did not answer 200 (see $LOGS/startup-baseline.log)"; exit 1; }
      sleep 0.01
    done
  fi
  t1=$(now_ms)
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  PID=""
  echo $((t1 - t0))
}

# One discarded start of each warms the file cache.
one sim >/dev/null
one baseline >/dev/null

TSV="$OUT_BIN/startup-only.tsv"
: >"$TSV"
for run in $(seq 1 "$RUNS"); do
  if [ $((run % 2)) -eq 1 ]; then order=(sim baseline); else order=(baseline sim); fi
  for server in "${order[@]}"; do
    ms=$(one "$server")
    printf '%s\t%d\n' "$server" "$ms" >>"$TSV"
    say "run $run: $server $ms ms"
  done
done

sim=$(awk -F'\t' '$1 == "sim" {print $2}' "$TSV" | median)
base=$(awk -F'\t' '$1 == "baseline" {print $2}' "$TSV" | median)
load=$(cut -d' ' -f1-3 /proc/loadavg)
awk -v s="$sim" -v b="$base" -v n="$RUNS" -v l="$load" 'BEGIN {
  printf "start-up, median of %d alternating runs: simulator %d ms, baseline %d ms, ratio %.2f x (target <= 1.5 x: %s); load average %s\n",
    n, s, b, s / b, (s / b <= 1.5) ? "met" : "NOT met", l }'
printf 'runs (ms): simulator %s; baseline %s\n' \
  "$(awk -F'\t' '$1 == "sim" {printf "%s ", $2}' "$TSV")" "$(awk -F'\t' '$1 == "baseline" {printf "%s ", $2}' "$TSV")"
