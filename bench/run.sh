#!/usr/bin/env bash
# make bench: every benchmark, each printing its own figures.
set -euo pipefail
build=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
"$build/bench/import_bench" "$root/../shared/data/upr-info"
"$build/bench/document_bench" "$root/../shared/data/un-docs"
"$root/bench/search_bench.sh" "$build"
"$build/bench/classify_bench" "$root/../shared/data/upr-info"
"$build/bench/cluster_bench" "$root/../shared/data" "$root/bench/cluster_pairs.tsv"
