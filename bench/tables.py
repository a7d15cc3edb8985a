#!/usr/bin/python3
"""The tables of bench/RESULTS.md and the README's speed summary, made from the raw results of one run-all.sh
invocation (bench/results/DATE/: machine.json, steps.jsonl, compare.jsonl, jmh.json, jmh-single-shot-*.json,
single-shot-plan.json, analyze.jsonl).

Usage:
  bench/tables.py [DIR]            print every generated block (DIR: default the newest folder in bench/results/)
  bench/tables.py --write [DIR]    replace the generated blocks in bench/RESULTS.md and README.md
  bench/tables.py --check [DIR]    exit 1 if a generated block in those files differs from what DIR gives

A generated block sits between the lines <!-- generated:NAME --> and <!-- /generated:NAME -->; everything
outside the blocks is written by hand and left alone.
"""
import glob
import json
import math
import os
import re
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RESULTS_MD = os.path.join(HERE, "RESULTS.md")
README_MD = os.path.join(ROOT, "README.md")

TOOL_NAMES = {"hanse": "Hanse", "jgrapht": "JGraphT", "igraph": "igraph", "networkx": "NetworkX",
              "scipy": "scipy V·Vᵀ", "numpy": "numpy O(nnz)"}
INPUT_NAMES = {"synthetic-1k.tsv": "synthetic 1k", "synthetic-3k.tsv": "synthetic 3k",
               "synthetic-10k.tsv": "synthetic 10k", "synthetic-100k.tsv": "synthetic 100k"}


# ---------------------------------------------------------------------------------------------------- formatting
def sig(x, digits=3):
    """x with about `digits` significant digits, thousands separated, no exponent for ordinary magnitudes."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    if x == 0:
        return "0"
    mag = math.floor(math.log10(abs(x)))
    decimals = max(0, digits - 1 - mag)
    if decimals > 6:
        return "%.*g" % (digits, x)
    return "{:,.{d}f}".format(x, d=decimals)


def ratio(a, b):
    return "–" if a is None or b is None or b == 0 else sig(a / b, 2)


def rel(x):
    return "–" if x is None else ("0" if x == 0 else "%.1e" % x)


def rho(x):
    if x is None:
        return "–"
    return "1" if x >= 1 else "1 − %.0e" % (1 - x)


def load_range(records):
    one = [r["load_before"][0] for r in records if "load_before" in r] + \
          [r["load_after"][0] for r in records if "load_after" in r]
    return "–" if not one else ("%.1f" % one[0] if min(one) == max(one) else "%.1f–%.1f" % (min(one), max(one)))


def input_name(name):
    if name in INPUT_NAMES:
        return INPUT_NAMES[name]
    c, a = name[len("svm-"):-len(".tsv")].split("x")
    return "%s × %s table" % ("{:,}".format(int(c)), "{:,}".format(int(a)))


def table_cells(name):
    c, a = name[len("svm-"):-len(".tsv")].split("x")
    return int(c) * int(a)


def table_nnz(cities, actors, density=0.24):
    """Non-zero cells of SyntheticNetworks.cityActorTable: each actor sits in round(density * cities) cities."""
    return actors * max(1, int(math.floor(density * cities + 0.5)))


def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------------- reading
class Results:
    def __init__(self, folder):
        self.dir = folder
        self.name = os.path.basename(os.path.normpath(folder))

        def jsonl(name):
            path = os.path.join(folder, name)
            if not os.path.exists(path):
                return []
            with open(path, encoding="utf-8") as f:
                return [json.loads(line) for line in f if line.strip()]

        def js(name, default=None):
            path = os.path.join(folder, name)
            if not os.path.exists(path):
                return default
            with open(path, encoding="utf-8") as f:
                return json.load(f)

        self.machine = js("machine.json", {})
        self.steps = jsonl("steps.jsonl")
        compare = jsonl("compare.jsonl")
        self.header = next((r for r in compare if r.get("kind") == "header"), None)
        self.footer = next((r for r in compare if r.get("kind") == "footer"), None)
        self.runs = [r for r in compare if r.get("kind") == "run"]
        self.skips = [r for r in compare if r.get("kind") == "skip"]
        self.jmh = js("jmh.json", [])
        self.single = []
        for path in sorted(glob.glob(os.path.join(folder, "jmh-single-shot-*.json"))):
            with open(path, encoding="utf-8") as f:
                self.single += json.load(f)
        self.plan = js("single-shot-plan.json", {})
        self.analyze = jsonl("analyze.jsonl")

    def row(self, measure, name):
        """tool -> run record or skip record, for one (measure, input)."""
        out = {}
        for r in self.runs + self.skips:
            if r["measure"] == measure and r["input"] == name:
                out[r["tool"]] = r
        return out

    def inputs(self, measure):
        seen = []
        for r in self.runs + self.skips:
            if r["measure"] == measure and r["input"] not in seen:
                seen.append(r["input"])
        return seen

    def step(self, name):
        return next((s for s in self.steps if s["step"] == name), None)

    def jmh_score(self, method_suffix, **params):
        for r in self.jmh:
            if r["benchmark"].endswith(method_suffix) and all(r.get("params", {}).get(k) == str(v)
                                                              for k, v in params.items()):
                return r
        return None


def secs(rec):
    return rec.get("seconds") if rec and rec.get("kind") == "run" else None


def time_cell(rec, notes):
    if rec is None:
        return "–"
    if rec.get("kind") == "skip":
        notes.append(rec)
        mark = "not run ⁽%d⁾" % len(notes)
        if rec.get("estimate_s"):
            mark = "not run, est. %s ⁽%d⁾" % (duration(rec["estimate_s"]), len(notes))
        return mark
    return sig(rec["seconds"])


def duration(seconds):
    if seconds >= 3600:
        return "%.1f h" % (seconds / 3600)
    if seconds >= 60:
        return "%.0f min" % (seconds / 60)
    return "%s s" % sig(seconds)


def per(recs, tools, key, fmt):
    return " / ".join(fmt(recs[t].get(key)) if t in recs and recs[t].get("kind") == "run" else "–" for t in tools)


# ---------------------------------------------------------------------------------------------------- blocks
def block_machine(res):
    m = res.machine
    h = res.header or {}
    hm = h.get("machine", {})
    v = m.get("versions") or hm.get("versions", {})
    rows = [
        ("raw results", "`bench/results/%s/`" % res.name),
        ("code", ("commit `%s` (%s), built from a clean export of that commit" % (
            m.get("commit", h.get("commit", "?"))[:7], m.get("committed", "?")))
         if "not HEAD" not in m.get("commit", "") else "a source tree, **not a commit** (a trial run)"),
        ("machine", "%s cores (%s), %s GiB RAM, Linux %s, %s" % (
            m.get("cores", hm.get("cores")), m.get("cpu", hm.get("cpu")), m.get("ram_gib", hm.get("ram_gib")),
            m.get("kernel", hm.get("kernel")), m.get("java", hm.get("java", "")).replace('"', ""))),
        ("Python side", "Python %s, python3-igraph %s, python3-networkx %s, python3-scipy %s, python3-numpy %s "
                        "(Debian packages); JGraphT 1.5.3 in the JVM" % (
                            m.get("python", hm.get("python")), v.get("igraph"), v.get("networkx"), v.get("scipy"),
                            v.get("numpy"))),
    ]
    for s in res.steps:
        rows.append(("step: %s" % s["step"], "%s → %s UTC, load average (1 / 5 / 15 min) %s before, %s after%s" % (
            s["utc_start"][11:16], s["utc_end"][11:16], " / ".join("%.2f" % x for x in s["load_before"]),
            " / ".join("%.2f" % x for x in s["load_after"]), "" if not s.get("rc") else ", **FAILED**")))
    if res.header:
        rule = res.header["rule"]
        rows.append(("repetition rule (comparison)",
                     "every tool: up to %d runs in one process, stopping after the first run over %s s; best time "
                     "counts; a run estimated over %s min is not made (Hanse always runs)" % (
                         rule["runs"], "%g" % rule["once_over_s"], "%g" % rule["limit_minutes"])))
    return md_table(["", ""], rows)


def centrality_rows(res, notes):
    tools = ["hanse", "jgrapht", "igraph", "networkx"]
    rows = []
    for measure, label in (("betweenness", "betweenness"), ("closeness", "closeness"), ("pagerank", "PageRank")):
        for name in res.inputs(measure):
            r = res.row(measure, name)
            h = secs(r.get("hanse"))
            rows.append([
                label, input_name(name), time_cell(r.get("hanse"), notes),
                time_cell(r.get("jgrapht"), notes), time_cell(r.get("igraph"), notes),
                time_cell(r.get("networkx"), notes),
                " / ".join(ratio(h, secs(r.get(t))) for t in tools[1:]),
                per(r, tools, "cpu_seconds", sig),
                per(r, tools, "peak_mib", lambda x: "%.0f" % x),
                per(r, tools[1:], "max_rel_diff", rel),
                per(r, tools[1:], "spearman", rho),
                load_range([x for x in r.values() if x.get("kind") == "run"]),
            ])
    return rows


def block_compare_centrality(res):
    notes = []
    rows = centrality_rows(res, notes)
    header = ["measure", "input", "Hanse s", "JGraphT s", "igraph s", "NetworkX s",
              "time Hanse ÷ JGraphT / igraph / NetworkX", "CPU s Hanse / JGraphT / igraph / NetworkX",
              "peak MiB Hanse / JGraphT / igraph / NetworkX", "max rel. diff vs JGraphT / igraph / NetworkX",
              "Spearman vs JGraphT / igraph / NetworkX", "load (1 min)"]
    return md_table(header, rows) + notes_text(notes)


def notes_text(notes):
    if not notes:
        return ""
    lines = ["", ""]
    for i, n in enumerate(notes, 1):
        lines.append("⁽%d⁾ %s on %s: %s." % (i, TOOL_NAMES[n["tool"]], input_name(n["input"]), n["reason"]))
        lines.append("")
    return "\n".join(lines).rstrip("\n")


def block_compare_louvain(res):
    tools = ["hanse", "igraph", "networkx"]
    notes = []
    rows = []
    for name in res.inputs("louvain"):
        r = res.row("louvain", name)
        h = secs(r.get("hanse"))
        rows.append([
            input_name(name), time_cell(r.get("hanse"), notes), time_cell(r.get("igraph"), notes),
            time_cell(r.get("networkx"), notes),
            " / ".join(ratio(h, secs(r.get(t))) for t in tools[1:]),
            per(r, tools, "modularity", lambda x: "%.4f" % x),
            per(r, tools, "communities", str),
            per(r, tools[1:], "nmi_vs_hanse", lambda x: "%.2f" % x),
            per(r, tools, "peak_mib", lambda x: "%.0f" % x),
            load_range([x for x in r.values() if x.get("kind") == "run"]),
        ])
    header = ["input", "Hanse s", "igraph s", "NetworkX s", "time Hanse ÷ igraph / NetworkX",
              "modularity Hanse / igraph / NetworkX", "communities", "NMI with Hanse: igraph / NetworkX",
              "peak MiB", "load (1 min)"]
    return md_table(header, rows) + notes_text(notes)


def block_compare_gnc(res):
    tools = ["hanse", "numpy", "scipy", "networkx"]
    notes = []
    rows = []
    for name in res.inputs("gnc"):
        r = res.row("gnc", name)
        h = secs(r.get("hanse"))
        c, a = name[len("svm-"):-len(".tsv")].split("x")
        rows.append([
            input_name(name), sig(table_nnz(int(c), int(a)), 3),
            time_cell(r.get("hanse"), notes), time_cell(r.get("numpy"), notes), time_cell(r.get("scipy"), notes),
            time_cell(r.get("networkx"), notes),
            " / ".join(ratio(h, secs(r.get(t))) for t in tools[1:]),
            per(r, tools, "peak_mib", lambda x: "%.0f" % x),
            per(r, tools[1:], "max_rel_diff", rel),
            load_range([x for x in r.values() if x.get("kind") == "run"]),
        ])
    header = ["table", "non-zero cells", "Hanse s", "numpy O(nnz) s", "scipy V·Vᵀ s", "NetworkX s",
              "time Hanse ÷ numpy / scipy / NetworkX", "peak MiB Hanse / numpy / scipy / NetworkX",
              "max rel. diff vs numpy / scipy / NetworkX", "load (1 min)"]
    return md_table(header, rows) + notes_text(notes)


def block_compare_projection(res):
    notes = []
    rows = []
    for name in res.inputs("projection"):
        r = res.row("projection", name)
        h = r.get("hanse")
        s = r.get("scipy")
        digest = h.get("digest", {}) if h else {}
        rows.append([
            input_name(name), "{:,}".format(table_cells(name)),
            "{:,}".format(digest["dyads"]) if "dyads" in digest else "–",
            time_cell(h, notes), time_cell(s, notes), ratio(secs(h), secs(s)),
            per(r, ["hanse", "scipy"], "cpu_seconds", sig),
            per(r, ["hanse", "scipy"], "peak_mib", lambda x: "%.0f" % x),
            "–" if not s or s.get("kind") != "run" else ("equal" if s.get("equal_to_hanse") else "DIFFERENT"),
            load_range([x for x in r.values() if x.get("kind") == "run"]),
        ])
    header = ["table", "cells", "positive dyads", "Hanse s", "scipy V·Vᵀ s", "time Hanse ÷ scipy",
              "CPU s Hanse / scipy", "peak MiB Hanse / scipy", "digest", "load (1 min)"]
    return md_table(header, rows) + notes_text(notes)


def block_compare_summary(res):
    out = []
    r10 = res.row("betweenness", "synthetic-10k.tsv")
    h, i = secs(r10.get("hanse")), secs(r10.get("igraph"))
    if h and i:
        verdict = "target met" if h <= i else "target missed by %s s (%s× igraph's time)" % (sig(h - i), sig(h / i, 2))
        out.append("- Weighted betweenness on the 10k network: Hanse %s s against igraph's %s s (%s×), %s." % (
            sig(h), sig(i), sig(h / i, 2), verdict))
    agreement = {}
    for rec in res.runs:
        if rec.get("max_rel_diff") is not None and rec.get("checked"):
            key = (rec["tool"], rec["measure"])
            d, s = agreement.get(key, (0.0, 1.0))
            agreement[key] = (max(d, rec["max_rel_diff"]), min(s, rec["spearman"]))
    if agreement:
        parts = []
        for (tool, measure), (d, s) in sorted(agreement.items()):
            parts.append("%s %s %s (Spearman ≥ %s)" % (TOOL_NAMES[tool], measure, rel(d), rho(s)))
        out.append("- Largest relative difference from Hanse over all inputs, by tool and measure: " +
                   "; ".join(parts) + ".")
    loose = sorted({(r["tool"], r["measure"], r["max_rel_diff"]) for r in res.runs
                    if r.get("max_rel_diff") is not None and r.get("checked") is False},
                   key=lambda x: -x[2])
    if loose:
        worst = {}
        for tool, measure, d in loose:
            worst[(tool, measure)] = max(worst.get((tool, measure), 0), d)
        out.append("- Not checked, different by design (exact floating-point comparison of path lengths): " +
                   "; ".join("%s %s up to %s on single nodes" % (TOOL_NAMES[t], m, "{:.0%}".format(d))
                             for (t, m), d in sorted(worst.items())) + ".")
    proj = [r for r in res.runs if r["measure"] == "projection" and r["tool"] != "hanse"]
    if proj:
        out.append("- Projection digests: %s." % (
            "equal on every table" if all(r.get("equal_to_hanse") for r in proj) else "DIFFERENT on some table"))
    if res.footer:
        out.append("- Disagreements flagged by the comparison: %d." % res.footer["disagreements"])
    return "\n".join(out)


JMH_LABELS = {
    "BundledDataBenchmark.gncOfGawcFirmTable": ("GNC, O(nnz)", "bundled GaWC DS11 firm table"),
    "BundledDataBenchmark.airRouteBetweenness": ("weighted betweenness", "bundled air-route network"),
    "BundledDataBenchmark.airRouteCloseness": ("weighted closeness", "bundled air-route network"),
    "BundledDataBenchmark.airRoutePageRank": ("weighted PageRank", "bundled air-route network"),
    "BundledDataBenchmark.fullAssessmentOfEightClusters": ("whole assessment of the eight clusters (warm)",
                                                           "bundled data"),
    "GncBenchmark.gncLinearInNonZeroCells": ("GNC, O(nnz)", None),
    "ProjectionBenchmark.sparseProjection": ("sparse weighted one-mode projection", None),
    "CentralityBenchmark.weightedBetweenness": ("weighted betweenness", None),
    "CentralityBenchmark.weightedCloseness": ("weighted closeness", None),
    "CentralityBenchmark.weightedPageRank": ("weighted PageRank", None),
    "PageRankBenchmark.weightedPageRank100k": ("weighted PageRank", "synthetic 100k"),
    "CommunityBenchmark.louvain": ("Louvain communities (seeded)", None),
    "IndexBenchmark.entropyTopsis": ("entropy weights + TOPSIS", "10,000 cities × 50 indicators"),
}


def jmh_input(params):
    if "size" in params:
        c, a = params["size"].split("x")
        c, a = int(c), int(a)
        return "{:,} × {:,} ({} non-zero cells)".format(c, a, sig(table_nnz(c, a), 3) if a else "no")
    if "nodes" in params:
        return "synthetic %s" % ("%dk" % (int(params["nodes"]) // 1000))
    return ""


def to_ms(metric):
    return {"ms/op": 1.0, "s/op": 1000.0, "us/op": 1e-3, "ns/op": 1e-6}[metric["scoreUnit"]]


def block_jmh(res):
    rows = []
    for r in res.jmh:
        key = ".".join(r["benchmark"].split(".")[-2:])
        label, inp = JMH_LABELS.get(key, (key, None))
        pm = r["primaryMetric"]
        scale = to_ms(pm)
        n = sum(len(fork) for fork in pm.get("rawData", [])) or r.get("measurementIterations")
        err = pm.get("scoreError")
        err = None if err is None or isinstance(err, str) or math.isnan(err) else err
        rows.append([label, inp or jmh_input(r.get("params", {})), sig(pm["score"] * scale),
                     "–" if err is None else sig(err * scale), n])
    return md_table(["benchmark", "input", "ms/op", "± (99.9 %)", "iterations"], rows)


def block_gnc_series(res):
    def score(size):
        r = res.jmh_score("GncBenchmark.gncLinearInNonZeroCells", size=size)
        return None if r is None else r["primaryMetric"]["score"] * to_ms(r["primaryMetric"])

    rows = []
    for series, sizes in (("cities and actors grow together", ["1000x100", "10000x200", "100000x100"]),
                          ("10,000 cities, actors grow", ["10000x50", "10000x200", "10000x1000"]),
                          ("no actor: the per-city part alone", ["10000x0", "100000x0"])):
        for size in sizes:
            t = score(size)
            c, a = (int(x) for x in size.split("x"))
            nnz = table_nnz(c, a) if a else 0
            rows.append([series, "{:,} × {:,}".format(c, a), "{:,}".format(nnz), sig(t) if t else "–",
                         sig(t * 1e6 / nnz, 2) if t and nnz else "–", sig(t * 1e6 / c, 2) if t else "–"])
    text = md_table(["series", "table", "non-zero cells", "ms/op", "ns per non-zero cell", "ns per city"], rows)
    t50, t1000, t0 = score("10000x50"), score("10000x1000"), score("100000x0")
    if t50 and t1000 and t0:
        slope = (t1000 - t50) * 1e6 / (table_nnz(10000, 1000) - table_nnz(10000, 50))
        text += ("\n\nFrom these: the cost per non-zero cell at a fixed 10,000 cities (slope between 120 k and 2.4 M "
                 "cells) is %s ns; the per-city part (result object and row loop, no cells) is %s ns a city at "
                 "100,000 cities." % (sig(slope, 2), sig(t0 * 1e6 / 100000, 2)))
    return text


def block_single_shot(res):
    rows = []
    by_measure = {}
    for r in res.single:
        method = r["benchmark"].split(".")[-1]
        nodes = int(r["params"]["nodes"])
        seconds = r["primaryMetric"]["score"] * {"s/op": 1.0, "ms/op": 1e-3, "min/op": 60.0}[
            r["primaryMetric"]["scoreUnit"]]
        by_measure.setdefault(method, []).append((nodes, seconds))
    lines = []
    for method, label in (("weightedBetweenness", "weighted betweenness"), ("weightedCloseness", "weighted closeness")):
        points = sorted(by_measure.get(method, []))
        for nodes, seconds in points:
            rows.append([label, "{:,}".format(nodes), "about {:,}".format(5 * nodes), duration(seconds)])
        plan = res.plan.get("measures", {}).get(method, {})
        if not points:
            continue
        if points[-1][0] >= 100_000:
            lines.append("- %s at 100,000 nodes: measured, %s." % (label.capitalize(), duration(points[-1][1])))
        elif len(points) >= 2:
            (n1, t1), (n2, t2) = points[-2], points[-1]
            k = math.log(t2 / t1) / math.log(n2 / n1)
            est = t2 * (100_000 / n2) ** k
            lines.append(
                "- %s at 100,000 nodes: **not measured (a run would exceed the %s-minute limit on 2 cores)**; "
                "estimated %s, from the two measured sizes: t(100k) = t(%dk) × (100k / %dk)^k with "
                "k = ln(t(%dk) / t(%dk)) / ln(%d / %d) = %.2f." % (
                    label.capitalize(), sig(res.plan.get("limit_minutes", 20)), duration(est),
                    n2 // 1000, n2 // 1000, n2 // 1000, n1 // 1000, n2 // 1000, n1 // 1000, k))
        else:
            k = plan.get("exponent", 2.0)
            est = points[-1][1] * (100_000 / points[-1][0]) ** k
            lines.append("- %s at 100,000 nodes: not measured; estimated %s from the %d-node run with growth n^%.2f "
                         "(no size up to 100,000 was predicted to fit the limit)." % (
                             label.capitalize(), duration(est), points[-1][0], k))
        if plan:
            lines.append("  (Size chosen after the %s-node run: growth n^%.2f %s, predicted %s.)" % (
                "{:,}".format(res.plan.get("first", 20000)), plan["exponent"],
                "from it and the 10k JMH result (at least n^2)" if plan.get("ten_k_seconds") else "assumed",
                ", ".join("%sk: %s" % (int(n) // 1000, duration(t)) for n, t in plan["predicted_seconds"].items())))
    return md_table(["measure", "nodes", "ties", "one run"], rows) + ("\n\n" + "\n".join(lines) if lines else "")


def block_analyze(res):
    if not res.analyze:
        return "(no analyze.jsonl in the results)"
    rows = []
    for r in res.analyze:
        rows.append([r["run"], "%.2f s" % r["wall_s"], "%.0f MiB" % (r["peak_kib"] / 1024), "%.1f s" % r["cpu_s"],
                     "%.2f → %.2f" % (r["load_before"][0], r["load_after"][0])])
    text = md_table(["run", "wall time", "peak RSS", "CPU", "load (1 min)"], rows)
    timed = [r for r in res.analyze if not r["run"].startswith("first")]
    if timed:
        walls = sorted(r["wall_s"] for r in timed)
        worst = walls[-1]
        verdict = ("**Target (under 10 s with JVM start) met**: median %.2f s, slowest %.2f s." % (
            statistics.median(walls), worst) if worst < 10 else
                   "**Target (under 10 s with JVM start) missed**: median %.2f s, slowest %.2f s (%.1f s over)." % (
                       statistics.median(walls), worst, worst - 10))
        text += "\n\n" + verdict
        median_run = sorted(timed, key=lambda r: r["wall_s"])[len(timed) // 2]
        steps = [x for x in median_run.get("steps", []) if not x.startswith("wrote ")]
        if steps:
            text += (" Steps over a second in the median run (%s), as the command reports them: %s." % (
                median_run["run"], "; ".join(steps)))
    return text


def block_readme(res):
    rows = []

    def cell(rec, extra=""):
        if rec is None:
            return ""
        if rec.get("kind") == "skip":
            return "not run%s" % (" (est. %s)" % duration(rec["estimate_s"]) if rec.get("estimate_s") else "")
        return "%s s%s" % (sig(rec["seconds"]), extra)

    for measure, label in (("betweenness", "weighted betweenness, 10,000-city network"),
                           ("closeness", "weighted closeness, 10,000-city network"),
                           ("pagerank", "weighted PageRank, 10,000-city network")):
        r = res.row(measure, "synthetic-10k.tsv")
        if r:
            rows.append([label, cell(r.get("hanse")), cell(r.get("jgrapht")), cell(r.get("igraph")),
                         cell(r.get("networkx"))])
    r = res.row("louvain", "synthetic-100k.tsv")
    if r:
        def q(t):
            rec = r.get(t)
            return ", Q = %.3f" % rec["modularity"] if rec and rec.get("kind") == "run" else ""
        rows.append(["Louvain communities, 100,000-node network (time, modularity)", cell(r.get("hanse"), q("hanse")),
                     "no Louvain", cell(r.get("igraph"), q("igraph")), cell(r.get("networkx"), q("networkx"))])
    for name in ("svm-10000x1000.tsv", "svm-100000x100.tsv"):
        r = res.row("gnc", name)
        if r:
            others = []
            if r.get("scipy"):
                others.append("scipy V·Vᵀ: " + cell(r["scipy"]))
            if r.get("numpy"):
                others.append("numpy O(nnz): " + cell(r["numpy"]))
            rows.append(["GNC, %s (%s non-zero cells)" % (input_name(name), sig(table_nnz(
                *[int(x) for x in name[4:-4].split("x")]), 2)), cell(r.get("hanse")), "no GNC", "; ".join(others),
                         cell(r.get("networkx"))])
    r = res.row("projection", "svm-10000x1000.tsv")
    if r:
        rows.append(["weighted one-mode projection, 10,000 × 1,000 table (10 M cells)", cell(r.get("hanse")),
                     "no projection", "scipy V·Vᵀ: " + cell(r.get("scipy")), "see GNC"])
    for method, label in (("weightedBetweenness", "weighted betweenness"), ("weightedCloseness", "weighted closeness")):
        pts = sorted((int(x["params"]["nodes"]), x["primaryMetric"]["score"]) for x in res.single
                     if x["benchmark"].endswith(method))
        if pts:
            n, t = pts[-1]
            rows.append(["%s, %s-node network, one run" % (label, "{:,}".format(n)), duration(t), "", "", ""])
    timed = [a["wall_s"] for a in res.analyze if not a["run"].startswith("first")]
    if timed:
        rows.append(["`./hanse analyze` on the bundled data, JVM start included", "%.1f–%.1f s" % (
            min(timed), max(timed)), "", "", ""])
    text = md_table(["what", "Hanse", "JGraphT", "igraph (or scipy/numpy)", "NetworkX"], rows)
    agreement = {}
    for rec in res.runs:
        if rec.get("max_rel_diff") is not None and rec.get("checked") and rec["tool"] == "igraph":
            agreement[rec["measure"]] = max(agreement.get(rec["measure"], 0.0), rec["max_rel_diff"])
    if agreement:
        text += ("\n\nLargest relative difference from igraph: " +
                 ", ".join("%s %s" % (m, rel(d)) for m, d in sorted(agreement.items())) +
                 "; GNC and the projection are exact integers, equal in every tool. Measured %s on commit `%s`, every "
                 "row in one invocation (`bench/run-all.sh`)." % (
                     res.name, res.machine.get("commit", "?")[:7]))
    return text


def block_state(res):
    return ("Every generated table below comes from one invocation of `bench/run-all.sh` (%s to %s UTC) on commit "
            "`%s`; raw files in `bench/results/%s/`." % (
                res.steps[0]["utc_start"].replace("T", " ")[:16] if res.steps else "?",
                res.steps[-1]["utc_end"][11:16] if res.steps else "?", res.machine.get("commit", "?")[:7], res.name))


BLOCKS = {
    RESULTS_MD: [("state", block_state), ("machine", block_machine), ("compare-centrality", block_compare_centrality),
                 ("compare-louvain", block_compare_louvain), ("compare-gnc", block_compare_gnc),
                 ("compare-projection", block_compare_projection), ("compare-summary", block_compare_summary),
                 ("jmh", block_jmh), ("gnc-series", block_gnc_series), ("single-shot", block_single_shot),
                 ("analyze", block_analyze)],
    README_MD: [("readme-speed", block_readme)],
}


def render(res):
    return {path: {name: fn(res) for name, fn in blocks} for path, blocks in BLOCKS.items()}


def splice(text, name, body):
    pattern = re.compile(r"(<!-- generated:%s -->\n)(.*?)(<!-- /generated:%s -->)" % (re.escape(name),
                                                                                   re.escape(name)), re.S)
    if not pattern.search(text):
        raise SystemExit("no generated block '%s' in the file" % name)
    return pattern.sub(lambda m: m.group(1) + body.rstrip("\n") + "\n" + m.group(3), text)


def newest():
    folders = sorted(d for d in glob.glob(os.path.join(HERE, "results", "*")) if os.path.isdir(d))
    if not folders:
        raise SystemExit("no results yet: run bench/run-all.sh")
    return folders[-1]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    flags = {a for a in sys.argv[1:] if a.startswith("--")}
    res = Results(args[0] if args else newest())
    blocks = render(res)
    if "--write" in flags or "--check" in flags:
        stale = []
        for path, named in blocks.items():
            with open(path, encoding="utf-8") as f:
                text = f.read()
            new = text
            for name, body in named.items():
                new = splice(new, name, body)
            if new != text:
                stale.append(os.path.relpath(path, ROOT))
                if "--write" in flags:
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(new)
        if "--check" in flags and stale:
            print("generated tables differ from %s in: %s" % (os.path.relpath(res.dir, ROOT), ", ".join(stale)))
            sys.exit(1)
        print("%s %s" % ("updated" if "--write" in flags else "up to date:",
                         ", ".join(stale) if "--write" in flags else os.path.relpath(res.dir, ROOT)))
        return
    for path, named in blocks.items():
        for name, body in named.items():
            print("<!-- generated:%s -->\n%s\n<!-- /generated:%s -->\n" % (name, body, name))


if __name__ == "__main__":
    main()
