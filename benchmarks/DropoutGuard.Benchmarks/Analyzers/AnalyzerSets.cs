using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using DropoutGuard.Benchmarks.Compilations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Benchmarks.Analyzers
{
    /// <summary>The analyzers, generator and code fix under test, and the peer, found by their attributes as a host would.</summary>
    public static class AnalyzerSets
    {
        private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> s_peer = new Lazy<ImmutableArray<DiagnosticAnalyzer>>(
            () => AnalyzersIn(Assembly.LoadFrom(ReferencePaths.MeziantouAnalyzer)));

        public static Assembly DropoutGuardAssembly => typeof(DropoutGuard.Helper.DisableDropoutGenerator).Assembly;

        /// <summary>Every type in the DropoutGuard assembly marked [DiagnosticAnalyzer].</summary>
        public static ImmutableArray<DiagnosticAnalyzer> DropoutGuard() => AnalyzersIn(DropoutGuardAssembly);

        public static ImmutableArray<DiagnosticAnalyzer> Baseline() => ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyBaselineAnalyzer());

        /// <summary>Meziantou.Analyzer's analyzers (one instance set per process, as a host keeps them).</summary>
        public static ImmutableArray<DiagnosticAnalyzer> Peer() => s_peer.Value;

        /// <summary>The IIncrementalGenerator in the DropoutGuard assembly.</summary>
        public static IIncrementalGenerator Generator()
            => (IIncrementalGenerator)Activator.CreateInstance(DropoutGuardAssembly.GetTypes().Single(t => !t.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(t)))!;

        public static CodeFixProvider DisableDropoutFix() => new DropoutGuard.CodeFixes.DisableDropoutCodeFixProvider();

        /// <summary>Distinct diagnostic IDs: the unit "per rule" averages divide by.</summary>
        public static int RuleCount(ImmutableArray<DiagnosticAnalyzer> analyzers)
            => analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct(StringComparer.Ordinal).Count();

        /// <summary>Distinct diagnostic IDs enabled by default: the peer's rules as a project that installs it runs them.</summary>
        public static int EnabledRuleCount(ImmutableArray<DiagnosticAnalyzer> analyzers)
            => analyzers.SelectMany(a => a.SupportedDiagnostics).Where(d => d.IsEnabledByDefault).Select(d => d.Id).Distinct(StringComparer.Ordinal).Count();

        private static ImmutableArray<DiagnosticAnalyzer> AnalyzersIn(Assembly assembly)
            => assembly.GetTypes()
                .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                    && type.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
                .ToImmutableArray();
    }
}
