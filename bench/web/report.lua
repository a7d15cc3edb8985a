-- wrk script: prints one tab-separated line per run with requests per second, p50/p95/p99 latency (ms) and errors.
-- wrk measures latency per request over all connections; percentiles come from its histogram.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
    + summary.errors.timeout
  io.write(string.format("RESULT\t%.1f\t%.2f\t%.2f\t%.2f\t%d\t%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, errors))
end
