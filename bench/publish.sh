#!/usr/bin/env bash
# Publishes the simulator and the baseline for the benchmarks, both the same way: Release, framework-dependent,
# ReadyToRun for this machine's runtime identifier (the way the simulator is shipped for speed; docs/performance.md).
#
#   bench/publish.sh OUT_DIR     writes OUT_DIR/sim and OUT_DIR/baseline
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:?usage: bench/publish.sh OUT_DIR}
RID=$(dotnet --info | awk '$1 == "RID:" {print $2; exit}')

publish() {
  rm -rf "$2"
  dotnet publish -c Release "$1" -r "$RID" --self-contained false -p:PublishReadyToRun=true -o "$2" -nologo -v quiet >/dev/null
}
publish "$ROOT/src/Kombo.Sim.Api" "$OUT/sim"
publish "$ROOT/bench/Baseline" "$OUT/baseline"
