#!/usr/bin/python3
"""Runs the same computations on the same input files with Hanse, JGraphT, python3-igraph, python3-networkx, scipy
and numpy, checks that the results agree, and records time, CPU time and peak memory of every run, all in one
invocation on one machine.

Usage: bench/compare/run.sh [--out FILE] [--runs N] [--once-over S] [MEASURE:INPUT ...]
(run.sh builds the benchmark jar and installs the Debian packages; with MEASURE:INPUT arguments, only those rows,
e.g. gnc:svm-3000x100.tsv). Every run is one JSON line in FILE (default: stdout only); bench/tables.py turns the
file into the tables of bench/RESULTS.md.

Repetition rule, the same for every tool: each computation runs up to N times (default 3) in one process and stops
after the first run that took longer than S seconds (default 10); the best time counts. Time limit, the same for
every tool: a computation whose single run is estimated, from the same tool's runs on the smaller inputs in this
invocation, to take longer than --limit-minutes (default 5) is not run; the estimate and how it was made are
recorded instead (and a few runs that cannot fit in memory are never run, with the reason). Input parsing, graph
building and process start-up are never timed. Peak memory is the peak resident set size of the tool's whole
process (the JVM included for Hanse and JGraphT) when the computation has ended, so reading the input and building
the tool's data count, writing the values out does not. The load average is recorded before and after every run.

Conventions, so that the tools compute the same thing:
- edge weights in the input files are tie strengths; shortest-path measures use the cost 1/weight everywhere;
- betweenness is the raw count over unordered pairs s < t (igraph default; networkx normalized=False, which halves
  its ordered-pair sum for undirected graphs; JGraphT halves it for undirected graphs too; Hanse raw);
- closeness is (n-1)/sum of distances on connected graphs (all four agree there; the inputs are connected);
- PageRank: damping 0.85, weighted; igraph uses PRPACK (a direct solve), networkx iterates to tol=1e-12 (its sum
  criterion), Hanse and JGraphT iterate until the largest change of one node is below 1e-12;
- Louvain: modularity with resolution 1 and edge weights as strengths; Hanse seed 1, networkx
  louvain_communities(seed=1), igraph community_multilevel with its RNG seeded; the heuristics differ, so the
  partitions are compared by their modularity (computed here, by one function, for every tool) and by normalised
  mutual information against Hanse, not for equality;
- GNC: N_a = sum over other cities b of r_ab, r_ab = sum_j v_aj v_bj. Hanse and numpy use the O(nnz) shortcut
  N_a = sum_j v_aj (S_j - v_aj); scipy does what igraph users do, the sparse product R = V V^T and its row sums minus
  the diagonal (r.sum(1).A1 - r.diagonal()); networkx builds the weighted projected graph with a product weight and
  takes the weighted degree;
- projection: the weighted one-mode projection R = V V^T. Hanse lists the positive dyads a < b; scipy computes the
  full sparse product (both triangles and the diagonal, the least work it can do). igraph's bipartite_projection
  counts shared neighbours and has no product weight, so scipy is the igraph user's tool here. The results are
  compared by a digest (number of positive dyads, sum, sum of squares and a position checksum), which must be equal.
  NetworkX's projection is timed in the GNC rows (its GNC is the projected graph plus a weighted degree).
JGraphT 1.5.3 has no Louvain, no GNC and no bipartite projection; none of these tools has entropy weights or TOPSIS,
so the entropy-TOPSIS benchmark has no counterpart here.
"""
import argparse
import datetime
import json
import os
import platform
import subprocess
import sys

from pytools import read_edges  # the same reader the timed tools use

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))

# (measure, input, tools in the order they run), smaller inputs first: the time limit below estimates a run on a
# larger input from the same tool's runs on the smaller ones. Hanse first: it is the reference for the agreement
# checks.
GRAPH_TOOLS = ["hanse", "jgrapht", "igraph", "networkx"]
JOBS = [
    ("betweenness", "synthetic-1k.tsv", GRAPH_TOOLS),
    ("betweenness", "synthetic-3k.tsv", GRAPH_TOOLS),
    ("betweenness", "synthetic-10k.tsv", GRAPH_TOOLS),
    ("closeness", "synthetic-1k.tsv", GRAPH_TOOLS),
    ("closeness", "synthetic-3k.tsv", GRAPH_TOOLS),
    ("closeness", "synthetic-10k.tsv", GRAPH_TOOLS),
    ("pagerank", "synthetic-1k.tsv", GRAPH_TOOLS),
    ("pagerank", "synthetic-10k.tsv", GRAPH_TOOLS),
    ("louvain", "synthetic-1k.tsv", ["hanse", "igraph", "networkx"]),
    ("louvain", "synthetic-10k.tsv", ["hanse", "igraph", "networkx"]),
    ("louvain", "synthetic-100k.tsv", ["hanse", "igraph", "networkx"]),
    ("gnc", "svm-1000x100.tsv", ["hanse", "numpy", "scipy", "networkx"]),
    ("gnc", "svm-3000x100.tsv", ["hanse", "numpy", "scipy", "networkx"]),
    ("gnc", "svm-10000x1000.tsv", ["hanse", "numpy", "scipy", "networkx"]),
    ("gnc", "svm-100000x100.tsv", ["hanse", "numpy", "scipy", "networkx"]),
    ("projection", "svm-1000x100.tsv", ["hanse", "scipy"]),
    ("projection", "svm-3000x100.tsv", ["hanse", "scipy"]),
    ("projection", "svm-10000x1000.tsv", ["hanse", "scipy"]),
]

# Runs left out whatever the time limit, each with its reason (recorded as such, never as a number).
SKIPPED = {
    ("scipy", "gnc", "svm-100000x100.tsv"):
        "V Vᵀ of 100,000 cities would hold about 10^10 non-zero dyads (over 100 GB)",
}


def size_of(name):
    """Nodes of a synthetic-Nk input, or (cities, actors) of an svm-CxA input."""
    stem = name.rsplit(".", 1)[0]
    if stem.startswith("synthetic-"):
        return int(stem[len("synthetic-"):-1]) * 1000
    c, a = stem[len("svm-"):].split("x")
    return int(c), int(a)


# Growth of one run with the input: betweenness and closeness are O(n·m) with m = 5n, so at least n^2 (caches make
# large inputs slower per step, so where the tool has two smaller inputs measured their growth is used, between n^2
# and n^2.5); Louvain and PageRank about linear (n^1 to n^1.5); the projection, and GNC computed through it (scipy,
# networkx), grow with the city pairs times the actors at a fixed density; Hanse's and numpy's GNC with the cells.
def estimate(measure, tool, name, done):
    """Seconds a run of `tool` on `name` would take, from its runs on smaller inputs of the same measure, with how.

    done: [(input name, seconds)] of this tool and measure in this invocation, smaller inputs first."""
    import math
    if not done:
        return None, None
    target = size_of(name)
    if isinstance(target, int):
        low = 2.0 if measure in ("betweenness", "closeness") else 1.0
        n2, t2 = size_of(done[-1][0]), done[-1][1]
        if len(done) >= 2 and done[-2][1] > 0:
            n1, t1 = size_of(done[-2][0]), done[-2][1]
            fitted = math.log(t2 / t1) / math.log(n2 / n1)
            k = min(low + 0.5, max(low, fitted))
            how = "%s run, growth n^%.2f (measured %s to %s: n^%.2f, kept within n^%.1f to n^%.1f)" % (
                done[-1][0], k, done[-2][0], done[-1][0], fitted, low, low + 0.5)
        else:
            k = low
            how = "%s run, growth n^%.0f assumed" % (done[-1][0], k)
        return t2 * (target / n2) ** k, how
    (c2, a2), t2 = size_of(done[-1][0]), done[-1][1]
    c, a = target
    if measure == "projection" or tool in ("scipy", "networkx"):
        return t2 * (c / c2) ** 2 * (a / a2), "%s run, growth cities² × actors" % done[-1][0]
    return t2 * (c * a) / (c2 * a2), "%s run, growth with the cells" % done[-1][0]


# Convention differences by design: reported, not checked. NetworkX's and JGraphT's Dijkstra compare floating-point
# path lengths exactly, so where two shortest paths add the same costs in a different order they keep only one of
# them; igraph and Hanse compare with a relative tolerance and count both. igraph is the reference there.
LOOSE = {("networkx", "betweenness"), ("jgrapht", "betweenness")}


def load():
    return [round(x, 2) for x in os.getloadavg()]


def now():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


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
            try:
                out[k] = int(v)
            except ValueError:
                out[k] = float(v)
    return out


def spearman(a, b):
    from scipy.stats import spearmanr
    keys = sorted(a)
    return float(spearmanr([a[k] for k in keys], [b[k] for k in keys]).correlation)


def modularity(edges, membership):
    """Newman's weighted modularity, resolution 1, of a node -> community map (one function for every tool)."""
    inside, strength = {}, {}
    m = 0.0
    for u, v, w in edges:
        m += w
        cu, cv = membership[u], membership[v]
        if cu == cv:
            inside[cu] = inside.get(cu, 0.0) + w
        strength[cu] = strength.get(cu, 0.0) + w
        strength[cv] = strength.get(cv, 0.0) + w
    return sum(inside.get(c, 0.0) / m - (k / (2 * m)) ** 2 for c, k in strength.items())


def nmi(a, b):
    import igraph as ig
    keys = sorted(a)
    return float(ig.compare_communities([a[k] for k in keys], [b[k] for k in keys], method="nmi"))


def machine():
    info = {"cores": os.cpu_count(), "kernel": platform.release(), "python": platform.python_version()}
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            info["cpu"] = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
        with open("/proc/meminfo", encoding="utf-8") as f:
            info["ram_gib"] = round(int(f.readline().split()[1]) / 1024 / 1024, 1)
    except (OSError, StopIteration):
        pass
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    info["java"] = java[0] if java else ""
    versions = {}
    for mod in ("igraph", "networkx", "scipy", "numpy"):
        try:
            versions[mod] = __import__(mod).__version__
        except ImportError:
            versions[mod] = None
    info["versions"] = versions
    return info


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", help="append one JSON line per run to this file")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--once-over", type=float, default=10.0)
    ap.add_argument("--limit-minutes", type=float, default=5.0,
                    help="do not run a computation estimated to take longer than this (one run)")
    ap.add_argument("--commit", default=None)
    ap.add_argument("--jar", default=None)
    ap.add_argument("--work", default=None)
    ap.add_argument("jobs", nargs="*", help="MEASURE:INPUT to run only these rows")
    args = ap.parse_args()
    target = os.environ.get("HANSE_TARGET", "target")
    jar = args.jar or os.path.join(ROOT, "bench", target, "benchmarks.jar")
    work = args.work or os.path.join(ROOT, "bench", target, "compare")
    os.makedirs(work, exist_ok=True)
    commit = args.commit
    if commit is None:
        git = subprocess.run(["git", "-C", ROOT, "rev-parse", "HEAD"], capture_output=True, text=True)
        commit = git.stdout.strip() or "unknown"
    out = open(args.out, "a", encoding="utf-8") if args.out else None

    def emit(record):
        line = json.dumps(record, ensure_ascii=False)
        print(line, flush=True)
        if out:
            out.write(line + "\n")
            out.flush()

    jobs = JOBS
    if args.jobs:
        wanted = set(args.jobs)
        jobs = [j for j in JOBS if "%s:%s" % (j[0], j[1]) in wanted]
        if not jobs:
            sys.exit("no such rows: %s" % " ".join(args.jobs))
    emit({"kind": "header", "utc": now(), "commit": commit, "machine": machine(), "load": load(),
          "rule": {"runs": args.runs, "once_over_s": args.once_over, "limit_minutes": args.limit_minutes},
          "rows": ["%s:%s" % (m, i) for m, i, _ in jobs]})
    inputs_needed = {i for _, i, _ in jobs}
    if not all(os.path.exists(os.path.join(work, i)) for i in inputs_needed):
        subprocess.run(["java", "-Xmx6g", "-cp", jar, "org.hanse.bench.compare.CompareRunner", "inputs", work],
                       check=True)
    failures = []
    history = {}  # (tool, measure) -> [(input, best seconds)]
    for measure, name, tools in jobs:
        inp = os.path.join(work, name)
        ref = None
        edges = read_edges(inp) if measure == "louvain" else None
        for tool in tools:
            base = {"measure": measure, "input": name, "tool": tool}
            if (tool, measure, name) in SKIPPED:
                emit(dict(base, kind="skip", reason=SKIPPED[(tool, measure, name)]))
                continue
            guess, how = estimate(measure, tool, name, history.get((tool, measure), []))
            # Hanse always runs: it is the subject and the reference of the agreement checks.
            if tool != "hanse" and guess is not None and guess > 60 * args.limit_minutes:
                emit(dict(base, kind="skip", estimate_s=round(guess), estimate_from=how,
                          reason="estimated %.0f min a run (from its %s), over the %.0f-minute limit" % (
                              guess / 60, how, args.limit_minutes)))
                continue
            outfile = os.path.join(work, "%s-%s-%s.out" % (tool, measure, name))
            if tool in ("hanse", "jgrapht"):
                cmd = ["java", "-Xmx6g", "-cp", jar, "org.hanse.bench.compare.CompareRunner", tool, measure, inp,
                       outfile, str(args.runs), str(args.once_over)]
            else:
                cmd = ["/usr/bin/python3", os.path.join(HERE, "pytools.py"), tool, measure, inp, outfile,
                       str(args.runs), str(args.once_over)]
            record = dict(base, kind="run", utc_start=now(), load_before=load())
            stdout, peak = timed_child(cmd)
            reported = json.loads(stdout.strip().splitlines()[-1])
            peak_kib = reported.pop("peak_kib", -1)
            record.update(reported)
            # peak_mib: the process's peak RSS when the computation ended (reading, building and computing; not
            # writing the output or the projection's digest); peak_mib_process: over the whole process
            record.update(utc_end=now(), load_after=load(),
                          peak_mib=round(peak_kib / 1024.0, 1) if peak_kib > 0 else round(peak, 1),
                          peak_mib_process=round(peak, 1))
            if guess is not None:
                record.update(estimate_s=round(guess, 3), estimate_from=how)
            history.setdefault((tool, measure), []).append((name, record["seconds"]))
            values = read_values(outfile)
            if tool == "hanse":
                ref = values
            if ref is None:
                emit(record)
                continue
            if measure == "louvain":
                record["modularity"] = modularity(edges, values)
                record["communities"] = len(set(values.values()))
                record["nmi_vs_hanse"] = 1.0 if tool == "hanse" else nmi(ref, values)
            elif measure == "projection":
                record["digest"] = values
                if tool != "hanse":
                    record["equal_to_hanse"] = values == ref
                    if not record["equal_to_hanse"]:
                        failures.append(record)
            elif tool != "hanse":
                diff = max(abs(ref[k] - values[k]) / max(1.0, abs(values[k])) for k in values)
                record["max_rel_diff"] = diff
                record["spearman"] = spearman(ref, values)
                record["checked"] = (tool, measure) not in LOOSE
                if record["checked"] and (diff > 1e-6 or record["spearman"] < 0.999999 or set(values) != set(ref)):
                    failures.append(record)
            emit(record)
    emit({"kind": "footer", "utc": now(), "load": load(), "disagreements": len(failures)})
    if failures:
        print("\nDISAGREEMENT in %d comparison(s): %s" % (
            len(failures), ", ".join("%s %s %s" % (r["tool"], r["measure"], r["input"]) for r in failures)))
        sys.exit(1)


if __name__ == "__main__":
    main()
