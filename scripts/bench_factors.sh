#!/bin/sh
# bench_factors.sh - how goedwerk's by-person factor analysis scales.
#
#   scripts/bench_factors.sh [N_SMALL [N_LARGE]]     (default 2000 100000)
#
# 1. generates synthetic sorts of the 30 Goed Werk cards (forced 4/6/10/6/4,
#    three planted viewpoints plus noise; python3, fixed seed);
# 2. N_SMALL sorts: goedwerk's PCA + varimax (3 factors, qmethod-compatible
#    signs) against R's psych::principal(cor(sorts), 3, rotate = "varimax"),
#    the call qmethod makes, each timed in one run (R's time includes cor(),
#    which builds the N x N matrix; goedwerk's includes standardising);
#    prints the ratio and the largest |loading difference| after matching
#    factor order and sign;
# 3. N_LARGE sorts: goedwerk's time and peak memory (/usr/bin/time -v).
#    R is not run there: the N x N matrix alone would take 8 N^2 bytes
#    (80 GB at N = 100,000).
# goedwerk is driven through a small C program linked against
# build/rel/libgoedwerk.a (stats_factor_run), so the figures are the
# statistics, not the store or CSV writing.  Installs r-base-core,
# r-cran-psych and r-cran-gparotation when Rscript or psych is missing.
# The machine may be shared: run it when it is quiet, and read the figures
# as indicative.
set -eu
N_SMALL=${1:-2000}
N_LARGE=${2:-100000}
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! command -v Rscript >/dev/null || ! Rscript -e 'library(psych); library(GPArotation)' >/dev/null 2>&1; then
	echo "bench_factors: installing R, psych and GPArotation" >&2
	apt-get install -y --no-install-recommends r-base-core r-cran-psych r-cran-gparotation >/dev/null
fi
make -s -C "$here" build/rel/libgoedwerk.a >/dev/null

# --- the generator -----------------------------------------------------------
cat >"$tmp/gen.py" <<'EOF'
import random, sys
n, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(20261122)
forced = [1] * 4 + [2] * 6 + [3] * 10 + [4] * 6 + [5] * 4
protos = [rng.sample(range(30), 30) for _ in range(3)]
with open(out, "w") as f:
    for i in range(n):
        kind = rng.randrange(4)          # 0..2 a viewpoint, 3 no viewpoint
        base = protos[kind] if kind < 3 else [0] * 30
        score = [base[j] + rng.gauss(0, 8) for j in range(30)]
        order = sorted(range(30), key=lambda j: score[j])
        cats = [0] * 30
        for p, j in enumerate(order):
            cats[j] = forced[p]
        f.write(",".join(map(str, cats)) + "\n")
EOF

# --- the C driver ----------------------------------------------------------------
cat >"$tmp/drive.c" <<'EOF'
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "goedwerk/stats/factor.h"
int main(int argc, char **argv)
{
	size_t n = 30, N = (size_t)atol(argv[2]);
	double *x = malloc(N * n * sizeof *x);
	FILE *f = fopen(argv[1], "r");
	for (size_t i = 0; i < N * n; i++)
		if (fscanf(f, "%lf,", &x[i]) != 1)
			return 3;
	fclose(f);
	double q[30];
	for (size_t j = 0; j < n; j++)
		q[j] = x[j];
	struct factor_options o;
	stats_factor_options_default(&o);
	o.n_factors = 3;
	o.qscores = q;
	o.qmethod_compat = 1;
	struct factor_result r;
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	int st = stats_factor_run(x, N, n, &o, &r);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (st != 0)
		return 3;
	fprintf(stderr, "goedwerk_seconds %.6f varimax_iterations %d\n",
		(double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec),
		r.varimax_iterations);
	if (argc > 3) {
		FILE *out = fopen(argv[3], "w");
		for (size_t i = 0; i < N; i++)
			fprintf(out, "%.17g,%.17g,%.17g\n", r.loadings[i * 3], r.loadings[i * 3 + 1],
				r.loadings[i * 3 + 2]);
		fclose(out);
	}
	stats_factor_free(&r);
	free(x);
	return 0;
}
EOF
cc -std=c11 -O2 -I"$here/include" -o "$tmp/drive" "$tmp/drive.c" "$here/build/rel/libgoedwerk.a" \
	$(pkg-config --libs gsl) -lm

cat >"$tmp/psych.R" <<'EOF'
suppressMessages(library(psych))
a <- commandArgs(TRUE)
x <- as.matrix(read.csv(a[1], header = FALSE))   # sorts x cards
t <- system.time({
	r <- cor(t(x))                               # sorts x sorts, as qmethod
	p <- principal(r, nfactors = 3, rotate = "varimax", covar = FALSE)
})[["elapsed"]]
L <- unclass(p$loadings)
g <- as.matrix(read.csv(a[2], header = FALSE))
# match goedwerk's factors to psych's by order and sign
best <- 0
for (c in 1:3) {
	d <- sapply(1:3, function(k) min(max(abs(g[, c] - L[, k])), max(abs(g[, c] + L[, k]))))
	best <- max(best, min(d))
}
cat(sprintf("psych_seconds %.3f\nmax_abs_loading_difference %.3g\n", t, best))
EOF

echo "machine: $(nproc) cores, $(uname -m); shared with other work: figures are indicative"
echo "== N = $N_SMALL sorts x 30 cards: goedwerk vs R psych::principal + varimax"
python3 "$tmp/gen.py" "$N_SMALL" "$tmp/small.csv"
"$tmp/drive" "$tmp/small.csv" "$N_SMALL" "$tmp/small_loadings.csv" 2>"$tmp/g.txt"
cat "$tmp/g.txt"
# psych warns that the (rank-deficient) matrix is not positive definite; the
# warning concerns its fit statistics, not the loadings
Rscript "$tmp/psych.R" "$tmp/small.csv" "$tmp/small_loadings.csv" >"$tmp/r.txt" 2>"$tmp/r.err" ||
	{ cat "$tmp/r.err" >&2; exit 1; }
cat "$tmp/r.txt"
g=$(awk '/goedwerk_seconds/ {print $2}' "$tmp/g.txt")
r=$(awk '/psych_seconds/ {print $2}' "$tmp/r.txt")
awk -v g="$g" -v r="$r" 'BEGIN {printf "ratio (psych / goedwerk) %.0f\n", r / g}'

echo "== N = $N_LARGE sorts x 30 cards: goedwerk alone"
python3 "$tmp/gen.py" "$N_LARGE" "$tmp/large.csv"
/usr/bin/time -v "$tmp/drive" "$tmp/large.csv" "$N_LARGE" 2>"$tmp/t.txt" || { cat "$tmp/t.txt"; exit 1; }
grep -E 'goedwerk_seconds|Elapsed \(wall|Maximum resident' "$tmp/t.txt"
