using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// The analyzers, suppressors and source generators the DropoutGuard assembly ships. They are found the way the compiler
/// finds them (C# [DiagnosticAnalyzer]/[Generator] attributes), so a missing attribute shows up as a failing test.
/// </summary>
internal static class DropoutGuardComponents
{
    public const string AssemblyName = "DropoutGuard";

    private static readonly Lazy<Assembly> s_assembly = new(() => Assembly.Load(new AssemblyName(AssemblyName)));
    private static readonly Lazy<ImmutableArray<Type>> s_analyzerTypes = new(() => ComponentTypes(IsCSharpAnalyzer));
    private static readonly Lazy<ImmutableArray<Type>> s_generatorTypes = new(() => ComponentTypes(IsCSharpGenerator));

    /// <summary>Fresh instances of every DropoutGuard analyzer, with <paramref name="underTest"/> standing in for its own type.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AnalyzersWith(DiagnosticAnalyzer underTest)
    {
        var type = underTest.GetType();
        if (type.Assembly == s_assembly.Value && !s_analyzerTypes.Value.Contains(type))
            throw new VerifierException($"{type.FullName} is not a C# analyzer the compiler would load: it needs [DiagnosticAnalyzer(LanguageNames.CSharp)] and a public parameterless constructor.");

        return s_analyzerTypes.Value
            .Where(analyzerType => analyzerType != type)
            .Select(analyzerType => (DiagnosticAnalyzer)Activator.CreateInstance(analyzerType)!)
            .Prepend(underTest)
            .ToImmutableArray();
    }

    /// <summary>Fresh instances of every DropoutGuard generator; empty while the assembly has none.</summary>
    public static ImmutableArray<ISourceGenerator> Generators()
        => s_generatorTypes.Value
            .Select(type => Activator.CreateInstance(type) switch
            {
                IIncrementalGenerator incremental => incremental.AsSourceGenerator(),
                var generator => (ISourceGenerator)generator!,
            })
            .ToImmutableArray();

    private static ImmutableArray<Type> ComponentTypes(Func<Type, bool> isLoadedByCompiler)
        => s_assembly.Value.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false })
            .Where(type => type.GetConstructor(Type.EmptyTypes) is not null && isLoadedByCompiler(type))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .ToImmutableArray();

    private static bool IsCSharpAnalyzer(Type type)
        => typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
            && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is { } attribute && attribute.Languages.Contains(LanguageNames.CSharp);

    private static bool IsCSharpGenerator(Type type)
        => (typeof(IIncrementalGenerator).IsAssignableFrom(type) || typeof(ISourceGenerator).IsAssignableFrom(type))
            && type.GetCustomAttribute<GeneratorAttribute>() is { } attribute && attribute.Languages.Contains(LanguageNames.CSharp);
}
