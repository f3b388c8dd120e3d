using Microsoft.CodeAnalysis;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// What a test expects of one marked diagnostic beyond its ID and span. The i-th entry applies to the i-th marked span,
/// ordered by document (main document first) and then by position.
/// </summary>
public sealed record ExpectedDiagnostic
{
    /// <summary>The exact message in the invariant culture; null leaves the message unchecked.</summary>
    public string? Message { get; init; }

    /// <summary>The effective severity (after .editorconfig); null leaves it unchecked.</summary>
    public DiagnosticSeverity? Severity { get; init; }
}
