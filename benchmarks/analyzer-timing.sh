#!/usr/bin/env bash
# Builds a generated corpus (N files, each a model type, a factory and a training job) with the analyzers and prints
# the compiler's per-analyzer execution times. Usage: benchmarks/analyzer-timing.sh [files=300]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-300}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src"

cat > "$work/Corpus.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$root/src/DropoutGuard/DropoutGuard.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <PackageReference Include="TorchSharp" Version="0.107.0" />
    <PackageReference Include="TorchSharp.PyBridge" Version="1.4.4" />
  </ItemGroup>
</Project>
PROJECT
echo 'public sealed class DpoTrainer { public DpoTrainer(TorchSharp.torch.nn.Module p, TorchSharp.torch.nn.Module r) { } }' > "$work/src/DpoTrainer.cs"

for ((i = 0; i < count; i++)); do
cat > "$work/src/File$i.cs" <<SOURCE
using TorchSharp;
using TorchSharp.PyBridge;
using static TorchSharp.torch;
namespace Corpus$((i % 10))
{
    public sealed class Model$i : nn.Module<Tensor, Tensor>
    {
        private readonly TorchSharp.Modules.Linear _a = nn.Linear(4, 4);
        public Model$i(double dropout = 0.1) : base("m") { RegisterComponents(); }
        public override Tensor forward(Tensor x) => nn.functional.dropout(_a.forward(x), 0.1, training);
    }
    public static class Loader$i
    {
        public static Model$i Load(string path) { var m = new Model$i(); m.load_py(path); return m; }
    }
    public sealed class Job$i
    {
        public void Run(string path)
        {
            var policy = Loader$i.Load(path);
            var reference = new Model$i(0.0);
            reference.load_py(path);
            for (int step = 0; step < 10; step++) { var y = policy.forward(torch.randn(4)); }
            var trainer = new DpoTrainer(policy, reference);
        }
    }
}
SOURCE
done

# Build the analyzer and the surface first, then time only the corpus' own compilation.
dotnet build "$work/Corpus.csproj" -nodeReuse:false > "$work/warmup.log" 2>&1
dotnet build "$work/Corpus.csproj" --no-incremental --no-dependencies -nodeReuse:false -p:ReportAnalyzer=true -v:d > "$work/build.log" 2>&1
echo "files: $count"
echo "findings: $(grep -oE 'warning DG[0-9]+' "$work/build.log" | sort | uniq -c | awk '{ printf "%s %d  ", $3, $1 / 2 }')"
# The compiler's tables: analyzers first, then generators; assembly rows only.
awk '/Total analyzer execution time/ { table = "analyzers" } /Total generator execution time/ { table = "generators" }
     table && /Version=/ && $2 ~ /^[0-9<]+$/ { print table ": " $1 " s  " $3 }' "$work/build.log" | sort -u
