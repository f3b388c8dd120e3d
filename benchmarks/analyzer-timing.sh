#!/usr/bin/env bash
# The real-build check: the benchmark's generated corpus (N files) built as a project by `dotnet build`, alternately with
# and without DropoutGuard, R times each. Prints the wall time of each build, the medians and the difference, the
# findings, and the compiler's per-analyzer execution times (ReportAnalyzer) of the last build with DropoutGuard.
# Usage: benchmarks/analyzer-timing.sh [files=2000] [runs=3]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-2000}"
runs="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet run -c Release --project "$root/benchmarks/DropoutGuard.Benchmarks" -- --write-corpus "$work/src" "$count" > "$work/write.log"

cat > "$work/Corpus.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="TorchSharp" Version="0.107.0" />
    <PackageReference Include="TorchSharp.PyBridge" Version="1.4.4" />
  </ItemGroup>
  <ItemGroup Condition="'\$(WithDropoutGuard)' == 'true'">
    <ProjectReference Include="$root/src/DropoutGuard/DropoutGuard.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
</Project>
PROJECT

# Restore and build the analyzer once for each variant; the timed builds then compile the corpus alone.
for with in true false; do
  dotnet build "$work/Corpus.csproj" -p:WithDropoutGuard=$with -nodeReuse:false > "$work/warmup-$with.log" 2>&1 \
    || { tail -30 "$work/warmup-$with.log"; exit 1; }
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
: > "$work/with.txt"
: > "$work/without.txt"
for ((run = 1; run <= runs; run++)); do
  for with in true false; do
    start=$(date +%s.%N)
    dotnet build "$work/Corpus.csproj" --no-incremental --no-dependencies --no-restore -nodeReuse:false \
      -p:WithDropoutGuard=$with -p:ReportAnalyzer=$with -v:d > "$work/build-$with.log" 2>&1
    seconds=$(awk -v start="$start" -v end="$(date +%s.%N)" 'BEGIN { printf "%.2f", end - start }')
    if [ "$with" = true ]; then echo "$seconds" >> "$work/with.txt"; else echo "$seconds" >> "$work/without.txt"; fi
    printf 'run %d, %-7s DropoutGuard: %6.1f s\n' "$run" "$([ "$with" = true ] && echo with || echo without)" "$seconds"
  done
done

with_median=$(median < "$work/with.txt")
without_median=$(median < "$work/without.txt")
echo "files: $count ($(find "$work/src" -name '*.cs' -exec cat {} + | wc -l) lines)"
awk -v with="$with_median" -v without="$without_median" \
  'BEGIN { printf "median wall time: with %.1f s, without %.1f s, difference %+.1f %%\n", with, without, (with - without) * 100 / without }'
echo "findings: $(grep -oE 'warning DG[0-9]+' "$work/build-true.log" | sort | uniq -c | awk '{ printf "%s %d  ", $3, $1 / 2 }')"
# The compiler's tables: analyzers first, then generators; assembly rows only.
awk '/Total analyzer execution time/ { table = "analyzers" } /Total generator execution time/ { table = "generators" }
     table && /Version=/ && $2 ~ /^[0-9<]+$/ { print table ": " $1 " s  " $3 }' "$work/build-true.log" | sort -u
