using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>What the DropoutGuard generators produced for a test project.</summary>
/// <param name="Sources">Generated text by hint name.</param>
/// <param name="GeneratorDiagnostics">Diagnostics the generators reported (a generator exception appears as CS8785).</param>
/// <param name="CompilationDiagnostics">The output compilation's own diagnostics, generated code included.</param>
/// <param name="Compilation">The output compilation.</param>
public sealed record GeneratedOutput(
    IReadOnlyDictionary<string, string> Sources,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilationDiagnostics,
    Compilation Compilation);
