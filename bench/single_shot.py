#!/usr/bin/python3
"""Weighted betweenness and closeness at sizes beyond the JMH suite, each run once (JMH single shot, no warm-up).

Usage: bench/single_shot.py --jar BENCHMARKS_JAR --out RESULTS_DIR [--limit-minutes 20] [--first 20000]

Both measures are O(n·m); on two cores a run at 100,000 nodes takes about an hour. The rule: a run that would take
longer than --limit-minutes is not made. So each measure first runs at --first nodes; its time and the 10,000-node
time of the JMH suite (RESULTS_DIR/jmh.json, if there) give the growth exponent (at least 2); the next run is at the
largest of 100,000, 70,000, 50,000 and 30,000 nodes whose predicted time fits the limit. bench/tables.py states the
100,000-node estimate from the two measured sizes when 100,000 itself did not fit.

Writes RESULTS_DIR/jmh-single-shot-MEASURE-N.json (JMH -rf json) and RESULTS_DIR/single-shot-plan.json.
"""
import argparse
import datetime
import json
import math
import os
import subprocess
import sys

BENCH = "org.hanse.bench.LargeCentralityBenchmark"
JMH_10K = {"weightedBetweenness": "org.hanse.bench.CentralityBenchmark.weightedBetweenness",
           "weightedCloseness": "org.hanse.bench.CentralityBenchmark.weightedCloseness"}
CANDIDATES = [100_000, 70_000, 50_000, 30_000]


def now():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def load():
    return [round(x, 2) for x in os.getloadavg()]


def run(jar, method, nodes, out_dir, prefix):
    path = os.path.join(out_dir, "jmh-single-shot-%s-%d.json" % (method, nodes))
    step = {"step": "single shot %s %d" % (method, nodes), "utc_start": now(), "load_before": load()}
    subprocess.run(prefix + ["java", "-jar", jar, "%s.%s$" % (BENCH, method), "-p", "nodes=%d" % nodes,
                             "-bm", "ss", "-wi", "0", "-i", "1", "-f", "1", "-tu", "s", "-to", "90min", "-rf", "json", "-rff", path],
                   check=True)
    step.update(utc_end=now(), load_after=load())
    with open(path, encoding="utf-8") as f:
        seconds = json.load(f)[0]["primaryMetric"]["score"]
    return seconds, step


def ten_k_seconds(out_dir, method):
    path = os.path.join(out_dir, "jmh.json")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        for r in json.load(f):
            if r["benchmark"] == JMH_10K[method] and r.get("params", {}).get("nodes") == "10000":
                scale = {"ms/op": 1e-3, "s/op": 1.0, "us/op": 1e-6}[r["primaryMetric"]["scoreUnit"]]
                return r["primaryMetric"]["score"] * scale
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--limit-minutes", type=float, default=20.0)
    ap.add_argument("--first", type=int, default=20_000)
    ap.add_argument("--nice", action="store_true", help="run the JMH processes with nice -n -10")
    args = ap.parse_args()
    prefix = ["nice", "-n", "-10"] if args.nice else []
    limit = 60 * args.limit_minutes
    plan = {"limit_minutes": args.limit_minutes, "first": args.first, "candidates": CANDIDATES, "measures": {}}
    steps = []
    for method in ("weightedBetweenness", "weightedCloseness"):
        t_first, step = run(args.jar, method, args.first, args.out, prefix)
        steps.append(step)
        t10 = ten_k_seconds(args.out, method)
        k = 2.0
        if t10:
            k = max(2.0, math.log(t_first / t10) / math.log(args.first / 10_000))
        predicted = {n: t_first * (n / args.first) ** k for n in CANDIDATES}
        chosen = next((n for n in CANDIDATES if predicted[n] <= limit), None)
        entry = {"first_seconds": t_first, "ten_k_seconds": t10, "exponent": k,
                 "predicted_seconds": {str(n): round(t) for n, t in predicted.items()}, "chosen": chosen}
        print("%s: %d nodes in %.1f s; growth n^%.2f; predicted %s; chosen %s" % (
            method, args.first, t_first, k, entry["predicted_seconds"], chosen), flush=True)
        if chosen is not None:
            entry["chosen_seconds"], step = run(args.jar, method, chosen, args.out, prefix)
            steps.append(step)
        plan["measures"][method] = entry
    plan["steps"] = steps
    with open(os.path.join(args.out, "single-shot-plan.json"), "w", encoding="utf-8") as f:
        json.dump(plan, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    sys.exit(main())
