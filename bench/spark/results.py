#!/usr/bin/env python3
"""Writes the Spark benchmark tables (Markdown, on standard output) from the raw results run.sh keeps.

Usage: results.py [RUN_DIR ...]   (default: every run folder under bench/spark/results, newest first)

A run folder holds machine.txt, run.txt and, per job and size, NAME.summary.txt (the job's own summary),
NAME.cpu (user and system CPU seconds from /usr/bin/time), NAME.status (exit status), NAME.load (load average
before and after) and NAME.log. Nothing is measured here: every number comes from those files.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
JOBS = [
    ("interactions", "interactions", "GDELT 2.0 text (61 fields)"),
    ("network", "network (degree, strength, PageRank to 1e-10)", None),
    ("connectivity", "connectivity (GNC, sector GNC, top 100 dyads)", "city x firm CSV"),
]


def read(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        return None


def fields(text):
    """key: value lines (run.txt, machine.txt) or 'label : value' lines (summary.txt)."""
    out = {}
    for line in (text or "").splitlines():
        m = re.match(r"^\s*(.+?)\s*:\s(.*)$", line)
        if m and m.group(1) not in out:
            out[m.group(1)] = m.group(2).strip()
    return out


def number(s):
    return float(re.sub(r"[^0-9.eE+-]", "", s)) if s else None


def fmt(x, digits=0):
    if x is None:
        return "—"
    return f"{x:,.{digits}f}"


def job_row(run_dir, job, n):
    name = f"{job}-{n}"
    status = read(os.path.join(run_dir, name + ".status"))
    if status is None:
        return None
    summary = fields(read(os.path.join(run_dir, name + ".summary.txt")))
    cpu_text = read(os.path.join(run_dir, name + ".cpu")) or ""
    cpu = None
    m = re.match(r"^\s*([0-9.]+)\s+([0-9.]+)\s*$", cpu_text.strip().splitlines()[-1] if cpu_text.strip() else "")
    if m:
        cpu = float(m.group(1)) + float(m.group(2))
    loads = (read(os.path.join(run_dir, name + ".load")) or "").split("\n")
    load = " → ".join(l.split()[0] for l in loads if l.strip())
    ok = status.strip() == "0" and "wall-clock time" in summary
    rows = n
    if job == "network" and ok:
        rows = int(number(summary.get("edges (parallel edges merged)")))
    return {
        "ok": ok,
        "status": status.strip(),
        "rows": rows,
        "seconds": number(summary.get("wall-clock time")) if ok else None,
        "rate": number(summary.get("input rate")) if ok else None,
        "cpu": cpu if ok else None,
        "load": load,
        "iterations": (summary.get("PageRank") or "").split(" iterations")[0],
    }


def sizes_of(run_dir):
    found = set()
    for f in os.listdir(run_dir):
        m = re.match(r"^(interactions|network|connectivity)-(\d+)\.status$", f)
        if m:
            found.add(int(m.group(2)))
    return sorted(found)


def table(run_dir):
    run = fields(read(os.path.join(run_dir, "run.txt")))
    machine = fields(read(os.path.join(run_dir, "machine.txt")))
    out = []
    out.append(f"## Run of {run.get('start', '?')} ({os.path.basename(run_dir)})")
    out.append("")
    out.append(f"- Commit {run.get('commit', '?')}; sizes {run.get('sizes', '?')}; {run.get('master', 'local[2]')},"
               f" JVM {run.get('jvm', '?')}; ended {run.get('end', 'not finished')}.")
    out.append(f"- Machine: {machine.get('cores', '?')} cores ({machine.get('cpu', '?')}),"
               f" {machine.get('memory', '?')} memory, {machine.get('os', '?')}, {machine.get('java', '?')}.")
    out.append(f"- Load average (1, 5, 15 min) before the run: {run.get('load before', '?')};"
               f" after: {run.get('load after', '?')}.")
    if run.get("note"):
        out.append(f"- {run['note']}")
    out.append(f"- Raw results: `{os.path.relpath(run_dir, HERE)}/`.")
    out.append("")
    out.append("| job | input rows | wall-clock s | rows/s | CPU s | rows per CPU s | load before → after | input |")
    out.append("|---|---:|---:|---:|---:|---:|---|---|")
    rows_by_job = {}
    for job, label, what in JOBS:
        for n in sizes_of(run_dir):
            r = job_row(run_dir, job, n)
            if r is None:
                continue
            rows_by_job.setdefault(job, []).append((n, r))
            if job == "network":
                what_here = f"city pairs of the {n:,} events; {r['iterations']} PageRank iterations" if r["ok"] \
                    else f"city pairs of the {n:,} events"
                rows = f"{r['rows']:,} edges" if r["ok"] else "—"
            else:
                what_here = what
                if job == "interactions":
                    b = read(os.path.join(run_dir, f"events-{n}.bytes"))
                    if b and b.strip():
                        what_here += f", {int(b) / n:.0f} bytes a line"
                rows = f"{n:,}"
            if not r["ok"]:
                out.append(f"| {label} | {rows} | — | — | — | — | {r['load']} | exit status {r['status']}"
                           f" (124 = stopped at the time limit); see the log |")
                continue
            per_cpu = r["rows"] / r["cpu"] if r["cpu"] else None
            out.append(f"| {label} | {rows} | {fmt(r['seconds'], 1)} | {fmt(r['rate'])} | {fmt(r['cpu'], 1)} |"
                       f" {fmt(per_cpu)} | {r['load']} | {what_here} |")
    margins = []
    for job in ("interactions", "connectivity"):
        done = [(n, r) for n, r in rows_by_job.get(job, []) if r["ok"] and r["cpu"]]
        for (n1, r1), (n2, r2) in zip(done, done[1:]):
            if r2["cpu"] > r1["cpu"]:
                margins.append(f"{job} {n1:,} → {n2:,} rows: {(n2 - n1) / (r2['cpu'] - r1['cpu']):,.0f} rows"
                               f" per CPU-second")
    if margins:
        out.append("")
        out.append("At the margin (extra rows / extra CPU seconds between consecutive sizes): " + "; ".join(margins)
                   + ".")
    out.append("")
    return "\n".join(out)


def main(args):
    runs = args
    if not runs:
        base = os.path.join(HERE, "results")
        runs = sorted((os.path.join(base, d) for d in os.listdir(base) if os.path.isdir(os.path.join(base, d))),
                      reverse=True) if os.path.isdir(base) else []
    print("# Hanse Spark jobs, local[2]")
    print()
    print("Generated by `bench/spark/results.py` from the raw results `bench/spark/run.sh` keeps; do not edit by hand.")
    print()
    print("- Data: SYNTHETIC (`hanse-spark generate-*`, seed 1): 5,000 synthetic cities; events over 120 months;")
    print("  offices of n/200 + 50 firms in 6 sectors. They describe no real city, firm or event.")
    print("- rows/s = input rows / wall-clock time of the whole job as its summary reports it (JVM start excluded;")
    print("  reading, computing, writing Parquet and CSV included). CPU s = user + system CPU seconds of the job's JVM")
    print("  (start-up included); rows per CPU s = input rows / CPU s. CPU seconds depend much less than wall-clock")
    print("  time on other work running on the machine: read both with the load average beside them.")
    print()
    if not runs:
        print("No run recorded yet: run `bench/spark/run.sh`.")
    for r in runs:
        print(table(r))


if __name__ == "__main__":
    main(sys.argv[1:])
