#!/usr/bin/env bash
# Start-up: the published clrgraph (NativeAOT, and ReadyToRun) exporting the real taxonomy, beside a hello-world
# console app published the same way, each run RUNS times in a row; prints the mean wall time of each and the ratios.
# The export is timed twice: into a folder that already holds its output (every file compared and left alone, the
# everyday re-run) and into a new, empty folder each time (every file written and moved into place).
#
#   bash tests/ClrGraph.Benchmarks/startup.sh [RUNS]     (default 50)
set -euo pipefail
runs=${1:-50}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${WORK:-/tmp/clrgraph-startup}
rm -rf "$work" && mkdir -p "$work/hello"

cat > "$work/hello/Hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
</Project>
XML
echo 'System.Console.WriteLine("Hello, World!");' > "$work/hello/Program.cs"

publish() { # PROJECT OUT KIND
  local extra=(-p:PublishReadyToRun=true --self-contained false)
  [[ $3 == aot ]] && extra=(-p:PublishAot=true)
  dotnet publish "$1" -c Release -r linux-x64 "${extra[@]}" -o "$2" -v quiet -nologo >/dev/null
}
publish "$root/src/ClrGraph.Cli" "$work/clrgraph-aot" aot
publish "$work/hello" "$work/hello-aot" aot
publish "$root/src/ClrGraph.Cli" "$work/clrgraph-r2r" r2r
publish "$work/hello" "$work/hello-r2r" r2r

mean_ms() { # COMMAND… → mean wall milliseconds over $runs runs (after one warm-up run)
  "$@" >/dev/null 2>&1
  local start end
  start=$(date +%s%N)
  for _ in $(seq "$runs"); do "$@" >/dev/null 2>&1; done
  end=$(date +%s%N)
  awk -v t=$((end - start)) -v n="$runs" 'BEGIN { printf "%.1f", t / n / 1e6 }'
}

fresh_ms() { # COMMAND… → mean wall milliseconds over $runs runs, each with --out a new folder (after one warm-up run)
  "$@" --out "$work/fresh-warm-up" >/dev/null 2>&1
  local start end
  start=$(date +%s%N)
  for run in $(seq "$runs"); do "$@" --out "$work/fresh-$run" >/dev/null 2>&1; done
  end=$(date +%s%N)
  rm -rf "$work"/fresh-*
  awk -v t=$((end - start)) -v n="$runs" 'BEGIN { printf "%.1f", t / n / 1e6 }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

cd "$root"
for kind in aot r2r; do
  hello=$(mean_ms "$work/hello-$kind/Hello")
  same=$(mean_ms "$work/clrgraph-$kind/clrgraph" export --out "$work/out-$kind")
  fresh=$(fresh_ms "$work/clrgraph-$kind/clrgraph" export)
  printf '%s: hello world %5.1f ms; clrgraph export (real taxonomy): output unchanged %5.1f ms (%sx), into an empty folder %5.1f ms (%sx)\n' \
    "$kind" "$hello" "$same" "$(ratio "$same" "$hello")" "$fresh" "$(ratio "$fresh" "$hello")"
done
