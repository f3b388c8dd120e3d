using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace DropoutGuard.Benchmarks.Compilations
{
    /// <summary>Paths the project file records at build time (package folders), read back from assembly metadata.</summary>
    public static class ReferencePaths
    {
        public static string TorchSharp => Existing("TorchSharpReference");
        public static string PyBridge => Existing("PyBridgeReference");

        /// <summary>
        /// The peer's analyzer assembly from the newest <c>roslyn*</c> folder not newer than the Roslyn this process runs:
        /// the folder a compiler of this version would load.
        /// </summary>
        public static string MeziantouAnalyzer
        {
            get
            {
                var root = Metadata("MeziantouAnalyzers");
                var roslyn = typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version!;
                var folder = Directory.GetDirectories(root, "roslyn*")
                    .Select(path => (Path: path, Version: Version.Parse(Path.GetFileName(path).Substring("roslyn".Length))))
                    .Where(candidate => candidate.Version <= new Version(roslyn.Major, roslyn.Minor))
                    .OrderByDescending(candidate => candidate.Version)
                    .First().Path;
                return Path.Combine(folder, "cs", "Meziantou.Analyzer.dll");
            }
        }

        private static string Existing(string key)
        {
            var path = Metadata(key);
            return File.Exists(path) ? path : throw new FileNotFoundException($"{key} not found; restore the benchmark project.", path);
        }

        private static string Metadata(string key)
            => typeof(ReferencePaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value
               ?? throw new InvalidOperationException(key + " missing");
    }
}
