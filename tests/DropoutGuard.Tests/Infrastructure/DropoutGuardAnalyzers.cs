using System.Collections.Immutable;
using System.Reflection;
using DropoutGuard.Helper;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// The analyzers and generator the DropoutGuard assembly ships, found as the compiler finds them (C# [DiagnosticAnalyzer]
/// and [Generator] attributes), so a missing attribute shows up as a failing test.
/// </summary>
internal static class DropoutGuardAnalyzers
{
    private static readonly Lazy<ImmutableArray<Type>> s_analyzerTypes = new(() =>
        typeof(DisableDropoutGenerator).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .Where(type => type.GetCustomAttribute<DiagnosticAnalyzerAttribute>()?.Languages.Contains(LanguageNames.CSharp) == true)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .ToImmutableArray());

    public static ImmutableArray<Type> AnalyzerTypes => s_analyzerTypes.Value;

    /// <summary>Every DropoutGuard analyzer, fresh.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> All()
        => AnalyzerTypes.Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!).ToImmutableArray();

    /// <summary><paramref name="underTest"/> first, then the other DropoutGuard analyzers that report one of <paramref name="ids"/>.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> For(DiagnosticAnalyzer underTest, IEnumerable<string> ids)
    {
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        return All()
            .Where(analyzer => analyzer.GetType() != underTest.GetType() && analyzer.SupportedDiagnostics.Any(descriptor => wanted.Contains(descriptor.Id)))
            .Prepend(underTest)
            .ToImmutableArray();
    }

    /// <summary>The generator as the compiler loads it; asserts the attribute is there.</summary>
    public static Type GeneratorType
        => typeof(DisableDropoutGenerator).GetCustomAttribute<GeneratorAttribute>()?.Languages.Contains(LanguageNames.CSharp) == true
            ? typeof(DisableDropoutGenerator)
            : throw new InvalidOperationException("DisableDropoutGenerator lacks [Generator(LanguageNames.CSharp)].");

    public static ISourceGenerator Generator() => new DisableDropoutGenerator().AsSourceGenerator();
}
