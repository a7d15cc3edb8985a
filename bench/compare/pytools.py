#!/usr/bin/python3
"""One measure on one input file with igraph, NetworkX, scipy or numpy; prints the compute time as JSON and writes
the values.

Usage: pytools.py TOOL MEASURE INPUT OUTPUT RUNS ONCE_OVER_S

Repetition rule, the same as on the Java side (CompareRunner): the computation runs up to RUNS times and stops after
the first run that took longer than ONCE_OVER_S seconds; the best time counts. Reading the input and building the
tool's graph or matrix are not timed.
"""
import json
import sys
import time


def read_edges(path):
    edges = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            u, v, w = line.rstrip("\n").split("\t")
            edges.append((u, v, float(w)))
    return edges


def read_matrix(path):
    """The service-value file as a scipy CSR matrix (cities x actors, int64), with the sorted city ids."""
    import numpy as np
    from scipy.sparse import csr_matrix
    rows, cols, vals = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            c, a, v = line.rstrip("\n").split("\t")
            rows.append(c)
            cols.append(a)
            vals.append(int(v))
    cities = sorted(set(rows))
    actors = sorted(set(cols))
    ci = {c: i for i, c in enumerate(cities)}
    ai = {a: i for i, a in enumerate(actors)}
    v = csr_matrix((np.array(vals, dtype=np.int64), (np.array([ci[c] for c in rows]), np.array([ai[a] for a in cols]))),
                   shape=(len(cities), len(actors)), dtype=np.int64)
    v.sum_duplicates()
    v.sort_indices()
    return cities, v


def repeated(fn, runs, once_over):
    """Runs fn up to `runs` times, stopping after a run longer than `once_over` seconds; the best time counts."""
    times, best, best_cpu, result = [], float("inf"), float("nan"), None
    for _ in range(runs):
        result = None
        c0 = time.process_time()
        t0 = time.perf_counter()
        result = fn()
        t = time.perf_counter() - t0
        cpu = time.process_time() - c0
        times.append(t)
        if t < best:
            best, best_cpu = t, cpu
        if t > once_over:
            break
    return {"seconds": best, "cpu_seconds": best_cpu, "runs": times}, result


def projection_digest(r, n):
    """The same digest as CompareRunner.digest: positive dyads a < b, sum r, sum r^2, position checksum."""
    import numpy as np
    from scipy.sparse import triu
    t = triu(r, k=1).tocoo()
    keep = t.data != 0
    a, b, x = t.row[keep].astype(np.int64), t.col[keep].astype(np.int64), t.data[keep].astype(np.int64)
    return {"dyads": int(x.size), "sum": int(x.sum()), "sum_sq": int((x * x).sum()),
            "checksum": int((x * ((a * n + b) % 65521)).sum())}


def matrix_job(tool, measure, path, runs, once_over):
    import numpy as np
    cities, v = read_matrix(path)
    n = len(cities)
    if tool == "scipy" and measure == "gnc":
        # The igraph user's route: the one-mode projection R = V V^T as a scipy sparse product, then the row sums
        # without the diagonal.
        def run():
            r = v @ v.T
            return r.sum(1).A1 - r.diagonal()
        timing, gnc = repeated(run, runs, once_over)
        return timing, dict(zip(cities, (float(x) for x in gnc)))
    if tool == "numpy" and measure == "gnc":
        # The same O(nnz) shortcut as Hanse, N_a = sum_j v_aj (S_j - v_aj), as numpy one-liners over the CSR arrays.
        rows = np.repeat(np.arange(n), np.diff(v.indptr))
        cols, x = v.indices, v.data

        def run():
            s = np.bincount(cols, weights=x, minlength=v.shape[1])
            return np.bincount(rows, weights=x * (s[cols] - x), minlength=n)
        timing, gnc = repeated(run, runs, once_over)
        return timing, dict(zip(cities, (float(x) for x in gnc)))
    if tool == "scipy" and measure == "projection":
        # R = V V^T as a scipy sparse product (both triangles and the diagonal: the least work scipy can do).
        timing, r = repeated(lambda: v @ v.T, runs, once_over)
        peak = peak_rss_kib()  # before the digest, which needs memory of its own
        return timing, dict(projection_digest(r, n), _peak_kib=peak)
    if tool == "networkx" and measure == "gnc":
        # NetworkX's route: the weighted projected graph with a product weight, then the weighted degree.
        import networkx as nx
        from networkx.algorithms import bipartite
        b = nx.Graph()
        b.add_nodes_from(cities, bipartite=0)
        coo = v.tocoo()
        actors = ["actor:%d" % j for j in range(v.shape[1])]
        b.add_nodes_from(actors, bipartite=1)
        for i, j, x in zip(coo.row, coo.col, coo.data):
            b.add_edge(cities[i], actors[j], weight=int(x))

        def product(g, u, w):
            return sum(g[u][k]["weight"] * g[w][k]["weight"] for k in set(g[u]) & set(g[w]))

        def run():
            p = bipartite.generic_weighted_projected_graph(b, cities, weight_function=product)
            return dict(p.degree(weight="weight"))
        timing, gnc = repeated(run, runs, once_over)
        return timing, {c: float(gnc.get(c, 0)) for c in cities}
    raise SystemExit("%s has no %s here" % (tool, measure))


def igraph_job(measure, path, runs, once_over):
    import igraph as ig
    edges = read_edges(path)
    g = ig.Graph.TupleList(((u, v) for u, v, _ in edges), directed=False)
    g.es["weight"] = [w for _, _, w in edges]
    g.es["cost"] = [1.0 / w for _, _, w in edges]
    if measure == "betweenness":
        timing, vals = repeated(lambda: g.betweenness(weights="cost", directed=False), runs, once_over)
    elif measure == "closeness":
        timing, vals = repeated(lambda: g.closeness(weights="cost"), runs, once_over)
    elif measure == "pagerank":
        timing, vals = repeated(lambda: g.pagerank(weights="weight", damping=0.85, directed=False), runs, once_over)
    elif measure == "louvain":
        # community_multilevel is igraph's Louvain; it draws its visiting order from igraph's RNG, seeded here.
        import random
        random.seed(1)
        ig.set_random_number_generator(random)
        timing, clustering = repeated(lambda: g.community_multilevel(weights="weight"), runs, once_over)
        vals = clustering.membership
    else:
        raise SystemExit("igraph: unknown measure " + measure)
    return timing, dict(zip(g.vs["name"], vals))


def networkx_job(measure, path, runs, once_over):
    import networkx as nx
    edges = read_edges(path)
    g = nx.Graph()
    for u, v, w in edges:
        g.add_edge(u, v, weight=w, cost=1.0 / w)
    if measure == "betweenness":
        timing, vals = repeated(lambda: nx.betweenness_centrality(g, weight="cost", normalized=False), runs, once_over)
    elif measure == "closeness":
        timing, vals = repeated(lambda: nx.closeness_centrality(g, distance="cost"), runs, once_over)
    elif measure == "pagerank":
        timing, vals = repeated(lambda: nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-12, max_iter=1000),
                                runs, once_over)
    elif measure == "louvain":
        timing, parts = repeated(lambda: nx.community.louvain_communities(g, weight="weight", resolution=1, seed=1),
                                 runs, once_over)
        vals = {node: c for c, part in enumerate(parts) for node in part}
    else:
        raise SystemExit("networkx: unknown measure " + measure)
    return timing, vals


def peak_rss_kib():
    """The process's peak resident set size so far (VmHWM), in KiB; -1 where /proc is not there."""
    try:
        with open("/proc/self/status", encoding="utf-8") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


def main():
    tool, measure, path, out, runs, once_over = sys.argv[1:7]
    runs, once_over = int(runs), float(once_over)
    if measure in ("gnc", "projection"):
        timing, vals = matrix_job(tool, measure, path, runs, once_over)
        timing["peak_kib"] = vals.pop("_peak_kib", -1) if isinstance(vals, dict) else -1
    elif tool == "igraph":
        timing, vals = igraph_job(measure, path, runs, once_over)
    elif tool == "networkx":
        timing, vals = networkx_job(measure, path, runs, once_over)
    else:
        raise SystemExit("%s has no %s here" % (tool, measure))
    if "peak_kib" not in timing:
        timing["peak_kib"] = peak_rss_kib()  # before the output is written
    with open(out, "w", encoding="utf-8") as f:
        for k in (vals if measure == "projection" else sorted(vals)):
            x = vals[k]
            f.write("%s\t%s\n" % (k, x if isinstance(x, int) else repr(float(x))))
    print(json.dumps(timing))


if __name__ == "__main__":
    main()
