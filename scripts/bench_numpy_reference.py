#!/usr/bin/env python3
"""Vectorised numpy reference of `./aidx robustness --synthetic 200x60 --runs N` (issue 16).

What it computes, per replication, in batches (default 1000 replications at a time):
  * draws a point of the assumptions' hypercube: 60 indicator-weight factors U(0.75, 1.25),
    one coordinate for the normalisation (minmax:1,100 | frontier), one for the dimension
    aggregation (arithmetic | geometric) -- 62 coordinates, from scipy.stats.qmc.Sobol
    (scrambled, seed 1) when scipy is installed, else numpy's default_rng (--sampler says which);
  * renormalises the weights within each of the 10 dimensions;
  * aggregates the pre-normalised data (both variants, and their logs, precomputed once) through
    the same tree as SyntheticIndex: indicators -> 10 dimensions by the drawn weighted arithmetic
    or geometric mean (replications sorted by variant, one BLAS gemm per variant), dimensions -> 2 layers by
    an equal-weight arithmetic mean, layers -> index by an equal-weight geometric mean;
  * ranks every unit (1 = highest index; argsort-based, ties broken by order, not averaged);
  * accumulates per-unit rank histograms and |rank - nominal rank|, from which it reports what
    aidx reports for ranks: nominal rank, median and 5-95% interval (nearest-rank quantiles,
    as Uncertainty.histQuantile) and mean absolute rank shift.

Differences from aidx (same shape and same kind of values, not the same numbers):
  * the data come from numpy's default_rng(seed), not Java's SplittableRandom: 200 units x 60
    indicators, value = 100 * exp(0.6 * level_unit + N(0, 1)), level_unit ~ N(0, 1), all
    positive-direction, 6 indicators per dimension, 5 dimensions per layer (as SyntheticIndex);
  * Sobol points are scipy's scrambled Sobol, not aidx's shifted Joe-Kuo points;
  * ties get ordinal, not fractional, ranks (continuous data: ties practically never happen);
  * no index-score quantiles (aidx also bins scores; the table's "index" columns), no missing-
    value handling, no failure checks for non-positive values in geometric means.

Run:  python3 scripts/bench_numpy_reference.py --runs 100000 [--batch 1000] [--units 200]
      [--indicators 60] [--seed 1] [--sampler sobol|random] [--table 10]
Prints the wall time of the Monte Carlo (data generation and normalisation included), the
replications per second and the microseconds per replication, then the first --table units.
"""
import argparse
import time
import warnings

import numpy as np

DIMENSIONS = 10


def synthetic(units, indicators, seed):
    """Data (units x indicators) and each indicator's dimension, shaped as SyntheticIndex."""
    rng = np.random.default_rng(seed)
    level = rng.standard_normal((units, 1))
    x = 100.0 * np.exp(0.6 * level + rng.standard_normal((units, indicators)))
    counts = [indicators // DIMENSIONS + (d < indicators % DIMENSIONS) for d in range(DIMENSIONS)]
    dim_of = np.repeat(np.arange(DIMENSIONS), counts)
    return x, dim_of


def sampler(kind, dim, seed):
    if kind == "sobol":
        from scipy.stats import qmc

        s = qmc.Sobol(d=dim, scramble=True, seed=seed)

        def draw(n):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # batch sizes that are not powers of 2
                return s.random(n)

        return draw
    rng = np.random.default_rng(seed + 1)
    return lambda n: rng.random((n, dim))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--runs", type=int, default=1000)
    p.add_argument("--batch", type=int, default=1000)
    p.add_argument("--units", type=int, default=200)
    p.add_argument("--indicators", type=int, default=60)
    p.add_argument("--seed", type=int, default=1)
    try:
        import scipy.stats.qmc  # noqa: F401

        default = "sobol"
    except ImportError:
        default = "random"
    p.add_argument("--sampler", choices=["sobol", "random"], default=default)
    p.add_argument("--table", type=int, default=10, help="units to print (0: none)")
    a = p.parse_args()

    t0 = time.perf_counter()
    U, I, D = a.units, a.indicators, DIMENSIONS
    x, dim_of = synthetic(U, I, a.seed)
    member = np.zeros((I, D))
    member[np.arange(I), dim_of] = 1.0
    lo, hi = x.min(axis=0), x.max(axis=0)
    minmax = 1.0 + 99.0 * (x - lo) / (hi - lo)
    frontier = x / hi
    # variant g = 2 * geometric + frontier: the matrix the dimension weights multiply
    Z = [minmax, frontier, np.log(minmax), np.log(frontier)]

    def scores(w, norm, geo):
        """Index scores (U, n) for weights w (n, I) renormalised per dimension.

        The replications come sorted by variant (see the loop below), so each variant is one
        contiguous slice of the batch and one gemm."""
        n = w.shape[0]
        w = w / (w @ member)[:, dim_of]
        dims = np.empty((U, D, n))
        group = 2 * geo + norm
        bounds = np.searchsorted(group, np.arange(5))
        for g in range(4):
            s, e = bounds[g], bounds[g + 1]
            if s == e:
                continue
            wb = member[:, :, None] * w[s:e].T[:, None, :]  # (I, D, k) block weights
            out = dims[:, :, s:e]
            out[...] = (Z[g] @ wb.reshape(I, D * (e - s))).reshape(U, D, e - s)
            if g >= 2:
                np.exp(out, out=out)
        half = D // 2
        layer1 = dims[:, :half].sum(axis=1)
        layer2 = dims[:, half:].sum(axis=1)
        layer1 *= layer2
        return np.sqrt(layer1, out=layer1) / half  # geometric mean of the two layer means

    def ranks(s):
        """Ranks 1..U down axis 0 (1 = highest score) of scores (U, n)."""
        order = np.argsort(-s, axis=0)
        r = np.empty_like(order)
        np.put_along_axis(r, order, np.arange(1, U + 1)[:, None], axis=0)
        return r

    nominal = ranks(scores(np.ones((1, I)), np.zeros(1, int), np.zeros(1, int)))[:, 0]
    draw = sampler(a.sampler, I + 2, a.seed)
    hist = np.zeros(U * (U + 1), dtype=np.int64)  # hist[u * (U+1) + rank]
    shift = np.zeros(U)
    base = (np.arange(U) * (U + 1))[:, None]
    done = 0
    while done < a.runs:
        n = min(a.batch, a.runs - done)
        pt = draw(n)
        w = 0.75 + 0.5 * pt[:, :I]
        norm = (pt[:, I] >= 0.5).astype(int)
        geo = (pt[:, I + 1] >= 0.5).astype(int)
        order = np.argsort(2 * geo + norm, kind="stable")  # variants contiguous; ranks don't care
        r = ranks(scores(w[order], norm[order], geo[order]))
        hist += np.bincount((base + r).ravel(), minlength=hist.size)
        shift += np.abs(r - nominal[:, None]).sum(axis=1)
        done += n
    hist = hist.reshape(U, U + 1)
    cum = hist.cumsum(axis=1)

    def quantile(q):  # nearest rank, as Uncertainty.histQuantile
        target = max(1, int(np.ceil(q * a.runs)))
        return (cum >= target).argmax(axis=1)

    med, q05, q95 = quantile(0.5), quantile(0.05), quantile(0.95)
    mean_shift = shift / a.runs
    wall = time.perf_counter() - t0

    print(
        f"numpy {np.__version__}, sampler {a.sampler}, {U}x{I}, {a.runs} replications, "
        f"batch {a.batch}"
    )
    print(f"wall time      {wall:.3f} s")
    print(f"replications/s {a.runs / wall:,.0f}")
    print(f"us/replication {1e6 * wall / a.runs:.2f}")
    if a.table:
        print("unit   nominal  median  rank 5-95%  shift")
        for u in np.argsort(nominal)[: a.table]:
            print(
                f"U{u + 1:04d}  {nominal[u]:7d}  {med[u]:6d}  {q05[u]:5d}-{q95[u]:<5d} "
                f"{mean_shift[u]:6.2f}"
            )


if __name__ == "__main__":
    main()
