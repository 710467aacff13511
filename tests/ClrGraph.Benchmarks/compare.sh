#!/usr/bin/env bash
# Side-by-side benchmark: ClrGraph's export against networkx's and igraph's writers on the same graph.
#
#   bash tests/ClrGraph.Benchmarks/compare.sh [POSTS]      (default 330000; needs ../shared/bench/peers.py,
#                                                           /usr/bin/time and Debian's python3-networkx, python3-igraph)
#   RUNS=5 bash tests/ClrGraph.Benchmarks/compare.sh       (each timing, ours and the peers', the median of RUNS runs,
#                                                           default 3)
#
# 1. builds clrgraph (Release) and generates a deterministic synthetic corpus of POSTS posts and POSTS/10 posts;
# 2. times the whole export of each (wall time and peak memory from /usr/bin/time -v, phases from --timings);
# 3. times each of our writers alone (one --format per run, like the peers, which write one format at a time), each
#    run followed by peers.py --only that format on our nodes.csv/edges.csv, so that both sides are timed side by side;
# 4. prints the median of our time per writer beside the median of theirs, with the ratios.
set -euo pipefail
posts=${1:-330000}
runs=${RUNS:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
peers=${PEERS:-$root/../shared/bench/peers.py}
work=${WORK:-/tmp/clrgraph-compare}
mkdir -p "$work"

dotnet build "$root/src/ClrGraph.Cli" -c Release -v quiet -nologo >/dev/null
clrgraph=(dotnet "$root/src/ClrGraph.Cli/bin/Release/net10.0/clrgraph.dll")

generate() { # POSTS → folder with the input
  local folder="$work/input-$1"
  [[ -f $folder/taxonomy.yaml ]] || "${clrgraph[@]}" generate --posts "$1" --subsystems 60 --out "$folder" >/dev/null
  echo "$folder"
}

export_run() { # INPUT OUT [ARGS…] → prints "wall rss_kb", leaves timings in $work/timings
  local input=$1 out=$2; shift 2
  rm -rf "$out"
  # The previous run's gigabytes may still be waiting to reach the disk: without this, the kernel throttles the next
  # run's writes to flush them, and each run would be timed with its predecessor's write-back.
  sync
  /usr/bin/time -v "${clrgraph[@]}" export --taxonomy "$input/taxonomy.yaml" --out "$out" --timings "$@" >/dev/null 2>"$work/stderr"
  grep '^timing ' "$work/stderr" > "$work/timings"
  local wall rss
  wall=$(awk '/^timing total/ {print $3}' "$work/timings")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/stderr")
  echo "$wall $rss"
}

small=$(generate $((posts / 10)))
large=$(generate "$posts")

# Single runs vary by several tenths of a second on a small shared machine: every timing is the median of $runs runs
# (the whole export's phases and peak memory are those of its median run).
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

read -r small_wall _ < <(export_run "$small" "$work/out-small")
: > "$work/large-runs"
for run in $(seq "$runs"); do
  read -r wall rss < <(export_run "$large" "$work/out")
  echo "$wall $rss" >> "$work/large-runs"
  cp "$work/timings" "$work/timings-$run"
done
large_wall=$(awk '{print $1}' "$work/large-runs" | median)
large_run=$(awk -v m="$large_wall" '$1 == m {print NR; exit}' "$work/large-runs")
large_rss=$(awk -v r="$large_run" 'NR == r {print $2}' "$work/large-runs")
cp "$work/timings-$large_run" "$work/timings-all"

# The machine's speed drifts over minutes: our runs and the peers' alternate, so that a slow spell falls on both.
declare -A ours
: > "$work/peers"
for format in graphml dot gexf csv; do
  : > "$work/ours-$format"
  for run in $(seq "$runs"); do
    export_run "$large" "$work/out-$format" --format "$format" >/dev/null
    awk -v p="write-$format" '$2 == p {print $3}' "$work/timings" >> "$work/ours-$format"
    sync
    /usr/bin/python3 "$peers" "$work/out" --only "$format" >> "$work/peers"
  done
  ours[$format]=$(median < "$work/ours-$format")
done
peer() { awk -v n="$1" '$1 == "peer" && $2 == n {print $3}' "$work/peers" | median; }

echo "ClrGraph export of $(grep -m1 '^graph ' "$work/peers" | sed 's/^graph //') (synthetic, $posts posts), $(nproc) cores"
echo
echo "phases of the whole export (s):"
sed 's/^timing /  /' "$work/timings-all"
echo
printf '%-34s %10s %10s %8s\n' "writer" "ClrGraph s" "peer s" "ratio"
div() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f", a / b }'; }
row() { # LABEL OURS PEER
  printf '%-34s %10.2f %10.2f %7.1fx\n' "$1" "$2" "$3" "$(div "$3" "$2")"
}
row "GraphML vs igraph.write_graphml" "${ours[graphml]}" "$(peer igraph.write_graphml)"
row "GraphML vs networkx.write_graphml" "${ours[graphml]}" "$(peer networkx.write_graphml)"
row "DOT vs igraph.write_dot" "${ours[dot]}" "$(peer igraph.write_dot)"
row "GEXF vs networkx.write_gexf" "${ours[gexf]}" "$(peer networkx.write_gexf)"
row "4 CSV tables vs python csv (edges)" "${ours[csv]}" "$(peer python.csv_edges)"
echo
printf 'whole export, parse to every file: %.2f s wall (median of %d: %s), peak %.0f MB (networkx needs %.2f s for GraphML alone)\n' \
  "$large_wall" "$runs" "$(awk '{printf "%s%s", sep, $1; sep=" "}' "$work/large-runs")" "$(div "$large_rss" 1024)" "$(peer networkx.write_graphml)"
printf 'growth: %d posts %.2f s, %d posts %.2f s: %.1fx the time for 10x the posts\n' \
  $((posts / 10)) "$small_wall" "$posts" "$large_wall" "$(div "$large_wall" "$small_wall")"
