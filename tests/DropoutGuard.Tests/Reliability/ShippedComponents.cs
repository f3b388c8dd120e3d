using System.Collections.Immutable;
using System.Reflection;
using DropoutGuard.CodeFixes;
using DropoutGuard.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Reliability;

/// <summary>
/// Every analyzer, generator and code fix provider the package ships, found by the attributes hosts look for, so a
/// component added later is covered by the reliability tests without editing them.
/// </summary>
internal static class ShippedComponents
{
    public static Assembly AnalyzerAssembly => typeof(ConfigurationAnalyzer).Assembly;

    public static Assembly CodeFixAssembly => typeof(DisableDropoutCodeFixProvider).Assembly;

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers()
        => Instances<DiagnosticAnalyzer>(AnalyzerAssembly, type => type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null);

    public static ImmutableArray<ISourceGenerator> Generators()
        => Instances<object>(AnalyzerAssembly, type => type.GetCustomAttribute<GeneratorAttribute>() is not null)
            .Select(generator => generator is IIncrementalGenerator incremental ? incremental.AsSourceGenerator() : (ISourceGenerator)generator)
            .ToImmutableArray();

    public static ImmutableArray<CodeFixProvider> CodeFixProviders()
        => Instances<CodeFixProvider>(CodeFixAssembly, type => type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null);

    private static ImmutableArray<T> Instances<T>(Assembly assembly, Func<Type, bool> isExported)
        => assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(T).IsAssignableFrom(type) && isExported(type))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (T)Activator.CreateInstance(type)!)
            .ToImmutableArray();
}
