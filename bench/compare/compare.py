#!/usr/bin/python3
"""Runs the same computations on the same input files with Hanse, python3-igraph and python3-networkx, checks that
the results agree, and prints time and peak-memory ratios measured in one run on one machine.

Usage: bench/compare/run.sh [MEASURE:INPUT ...]   (builds the benchmark jar, installs the Debian packages, runs this
script; with arguments, only those jobs, e.g. gnc:svm-3000x100.tsv)

Conventions, so that the three tools compute the same thing:
- edge weights in the input files are tie strengths; shortest-path measures use the cost 1/weight everywhere;
- betweenness is the raw count over unordered pairs s < t (igraph default; networkx normalized=False, which halves
  its ordered-pair sum for undirected graphs; Hanse raw);
- closeness is (n-1)/sum of distances on connected graphs (all three agree there; the inputs are connected);
- PageRank: damping 0.85, weighted; igraph uses PRPACK (exact solve), networkx and Hanse iterate to 1e-10-level
  tolerances, so values agree to about 1e-6;
- GNC: N_a = sum over other cities b of r_ab, r_ab = sum_j v_aj v_bj; networkx computes it from the weighted
  one-mode projection (generic_weighted_projected_graph with a product weight), igraph users compute it from the
  bipartite incidence matrix (V V^T with scipy sparse), which is what is timed for igraph.
Time is the best of three in-process runs of the computation (input parsing and start-up excluded, on every side);
peak memory is the peak resident set size of the whole process (JVM included for Hanse).
"""
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def timed_child(args):
    """Runs args under /usr/bin/time to get this child's own peak RSS (KiB)."""
    proc = subprocess.run(["/usr/bin/time", "-f", "%M"] + args, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit("command failed: %s\n%s" % (" ".join(args), proc.stderr))
    peak_kib = int(proc.stderr.strip().splitlines()[-1])
    return proc.stdout, peak_kib / 1024.0


def read_values(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            k, v = line.rstrip("\n").split("\t")
            out[k] = float(v)
    return out


def spearman(a, b):
    from scipy.stats import spearmanr
    keys = sorted(a)
    return spearmanr([a[k] for k in keys], [b[k] for k in keys]).correlation


def main():
    target = os.environ.get("HANSE_TARGET", "target")
    jar = os.path.join(ROOT, "bench", target, "benchmarks.jar")
    work = os.path.join(ROOT, "bench", target, "compare")
    os.makedirs(work, exist_ok=True)
    subprocess.run(["java", "-cp", jar, "org.hanse.bench.compare.CompareRunner", "inputs", work], check=True)
    jobs = [
        ("betweenness", "synthetic-1k.tsv"), ("betweenness", "synthetic-10k.tsv"),
        ("closeness", "synthetic-1k.tsv"), ("closeness", "synthetic-10k.tsv"),
        ("pagerank", "synthetic-1k.tsv"), ("pagerank", "synthetic-10k.tsv"),
        ("gnc", "svm-1000x100.tsv"), ("gnc", "svm-3000x100.tsv"),
    ]
    # NetworkX's pure-Python Brandes needs about 22 s for betweenness on the 1k input here and grows as O(n·m):
    # on the 10k input that is over half an hour per run, so those two are not run and are reported as such.
    # Its weighted projection builds every city pair in Python: 59 s a run on the 1000 x 100 table here, and it grows
    # with the square of the cities, so the 3000 x 100 table (about nine minutes a run) is not run either.
    skipped = {("networkx", "betweenness", "synthetic-10k.tsv"), ("networkx", "closeness", "synthetic-10k.tsv"),
               ("networkx", "gnc", "svm-3000x100.tsv")}
    # Optional arguments MEASURE:INPUT choose a subset of the jobs (e.g. gnc:svm-3000x100.tsv).
    if len(sys.argv) > 1:
        wanted = set(sys.argv[1:])
        jobs = [j for j in jobs if "%s:%s" % j in wanted]
    # NetworkX's Dijkstra compares floating-point path lengths exactly, so where two shortest paths sum the same
    # costs in a different order it keeps one of them; igraph and Hanse compare with a relative tolerance and count
    # both. Betweenness therefore differs from NetworkX by design; igraph is the reference there.
    loose = {("networkx", "betweenness")}
    rows = []
    for measure, name in jobs:
        inp = os.path.join(work, name)
        results = {}
        for tool in ("hanse", "igraph", "networkx"):
            if (tool, measure, name) in skipped:
                continue
            out = os.path.join(work, "%s-%s-%s.out" % (tool, measure, name))
            if tool == "hanse":
                cmd = ["java", "-Xmx4g", "-cp", jar, "org.hanse.bench.compare.CompareRunner", measure, inp, out]
            else:
                cmd = ["/usr/bin/python3", os.path.join(HERE, "pytools.py"), tool, measure, inp, out]
            stdout, peak = timed_child(cmd)
            seconds = json.loads(stdout.strip().splitlines()[-1])["seconds"]
            results[tool] = (seconds, peak, read_values(out))
        ref = results["hanse"][2]
        row = {"measure": measure, "input": name}
        for tool in ("igraph", "networkx"):
            if tool not in results:
                row[tool] = None
                continue
            other = results[tool][2]
            diff = max(abs(ref[k] - other[k]) / max(1.0, abs(other[k])) for k in other)
            row[tool] = {
                "seconds": results[tool][0], "peak_mib": results[tool][1],
                "max_rel_diff": diff, "spearman": spearman(ref, other),
                "time_ratio": results["hanse"][0] / results[tool][0] if results[tool][0] > 0 else float("nan"),
                "mem_ratio": results["hanse"][1] / results[tool][1],
                "checked": (tool, measure) not in loose,
            }
        row["hanse"] = {"seconds": results["hanse"][0], "peak_mib": results["hanse"][1]}
        rows.append(row)
        print(json.dumps(row), flush=True)
    print()
    print("| measure | input | Hanse s | igraph s | NetworkX s | time Hanse/igraph | time Hanse/NetworkX | "
          "peak MiB Hanse / igraph / NetworkX | max rel. diff vs igraph / NetworkX | Spearman vs igraph / NetworkX |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    def cell(r, tool, key, fmt):
        return "not run" if r[tool] is None else fmt % r[tool][key]

    for r in rows:
        print("| %s | %s | %.4f | %s | %s | %s | %s | %.0f / %s / %s | %s / %s | %s / %s |" % (
            r["measure"], r["input"], r["hanse"]["seconds"], cell(r, "igraph", "seconds", "%.4f"),
            cell(r, "networkx", "seconds", "%.4f"), cell(r, "igraph", "time_ratio", "%.2f"),
            cell(r, "networkx", "time_ratio", "%.3f"), r["hanse"]["peak_mib"],
            cell(r, "igraph", "peak_mib", "%.0f"), cell(r, "networkx", "peak_mib", "%.0f"),
            cell(r, "igraph", "max_rel_diff", "%.1e"), cell(r, "networkx", "max_rel_diff", "%.1e"),
            cell(r, "igraph", "spearman", "%.6f"), cell(r, "networkx", "spearman", "%.6f")))
    bad = [r for r in rows for t in ("igraph", "networkx")
           if r[t] is not None and r[t]["checked"] and (r[t]["max_rel_diff"] > 1e-6 or r[t]["spearman"] < 0.999999)]
    if bad:
        print("\nDISAGREEMENT in %d comparison(s); see the rows above" % len(bad))
        sys.exit(1)


if __name__ == "__main__":
    main()
