#!/usr/bin/env bash
# Search at 250,000 recommendations: import, in-process latency beside SQLite FTS5 and Xapian, then the
# HTTP server's latency, wrk throughput on loopback and resident memory. Usage: search_bench.sh BUILD [N]
set -euo pipefail
build=$1
count=${2:-250000}
root=$(cd "$(dirname "$0")/.." && pwd)
upr_info="$root/../shared/data/upr-info"
if [ ! -d "$upr_info" ]; then
    echo "search bench skipped: missing $upr_info"
    exit 0
fi
work=$(mktemp -d)
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
db="$work/search.db"
"$build/bench/search_bench" generate "$db" "$upr_info" "$count"
"$build/bench/search_bench" query "$db"

port=$((20000 + RANDOM % 20000))
start=$(date +%s%N)
"$build/rectrack" --db "$db" serve --port "$port" >"$work/serve.log" 2>&1 &
server=$!
"$build/bench/search_bench" wait "$port"
echo "http      server ready (index built from the database) in $(( ($(date +%s%N) - start) / 1000000 )) ms," \
    "RSS $(($(awk '/VmRSS/ {print $2}' /proc/$server/status) / 1024)) MiB"
"$build/bench/search_bench" http "$port"
"$build/bench/search_bench" paths "$work/paths.txt"
if command -v wrk >/dev/null; then
    SEARCH_PATHS="$work/paths.txt" wrk -t2 -c16 -d10s -s "$root/bench/wrk_search.lua" "http://127.0.0.1:$port" \
        >"$work/wrk.txt"
    printf 'wrk       50 queries + 7 facets, 2 threads, 16 connections, 10 s: %s requests/s, latency %s\n' \
        "$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")" "$(awk '/Latency/ {print $2 " mean, " $4 " max"}' "$work/wrk.txt")"
else
    echo "wrk       not installed (Debian package wrk): throughput not measured"
fi
echo "http      server RSS after the load: $(($(awk '/VmRSS/ {print $2}' /proc/$server/status) / 1024)) MiB"
