-- Shared by every benchmark script: one machine-readable line at the end of a wrk run.
-- RESULT requests duration_us bytes p50_us p99_us non2xx socket_errors
function report(summary, latency)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %.1f %.1f %d %d\n",
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end
