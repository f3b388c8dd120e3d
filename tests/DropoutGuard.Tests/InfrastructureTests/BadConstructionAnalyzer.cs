using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.InfrastructureTests;

/// <summary>
/// Test-only rule TST001: reports the type name of every <c>new</c> of a type whose name starts with a prefix ("Bad", or
/// tst001.prefix per file, or the global build_property.Tst001Prefix), so tests can see config reach analyzers.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BadConstructionAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "TST001";
    public const string ReplacementProperty = "Replacement";
    public const string PrefixKey = "tst001.prefix";
    public const string GlobalPrefixKey = "build_property.Tst001Prefix";

    private static readonly DiagnosticDescriptor s_rule = new(Id, "Bad construction", "'{0}' is constructed", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [s_rule];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.ObjectCreationExpression);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        if (context.Node is not ObjectCreationExpressionSyntax { Type: IdentifierNameSyntax name })
            return;

        var options = context.Options.AnalyzerConfigOptionsProvider;
        var prefix = options.GetOptions(context.Node.SyntaxTree).TryGetValue(PrefixKey, out var filePrefix) ? filePrefix
            : options.GlobalOptions.TryGetValue(GlobalPrefixKey, out var globalPrefix) ? globalPrefix
            : "Bad";
        var typeName = name.Identifier.ValueText;
        if (!typeName.StartsWith(prefix, StringComparison.Ordinal))
            return;

        var properties = ImmutableDictionary<string, string?>.Empty.Add(ReplacementProperty, "Good" + typeName[prefix.Length..]);
        context.ReportDiagnostic(Diagnostic.Create(s_rule, name.GetLocation(), properties, typeName));
    }
}
