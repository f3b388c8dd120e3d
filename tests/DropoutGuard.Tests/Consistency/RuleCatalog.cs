using System.Reflection;
using DropoutGuard.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Consistency;

/// <summary>What the shipped assemblies say about the rules: their descriptors and which IDs a code fix handles.</summary>
internal static class RuleCatalog
{
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = typeof(TorchSharpAnalyzer).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
        .SelectMany(type => ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics)
        .GroupBy(descriptor => descriptor.Id)
        .Select(group => group.First())
        .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)
        .ToList();

    public static IReadOnlySet<string> FixableIds { get; } = typeof(DropoutGuard.CodeFixes.PlannedCodeFixProvider).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type) && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
        .SelectMany(type => ((CodeFixProvider)Activator.CreateInstance(type)!).FixableDiagnosticIds)
        .ToHashSet(StringComparer.Ordinal);

    public static bool IsCompilationEnd(DiagnosticDescriptor descriptor)
        => descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>The string constants of the analyzer assembly that match <paramref name="pattern"/>: the option keys code reads.</summary>
    public static IEnumerable<string> Constants(System.Text.RegularExpressions.Regex pattern)
        => typeof(TorchSharpAnalyzer).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .Where(value => pattern.IsMatch(value))
            .Distinct(StringComparer.Ordinal);
}
