using Microsoft.CodeAnalysis;

namespace DropoutGuard.Tests.Reliability;

/// <summary>One line per diagnostic with everything a baseline or a fix depends on: id, file, span, message, properties.</summary>
internal static class DiagnosticFingerprint
{
    public static string Of(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var properties = string.Join(";", diagnostic.Properties.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key + "=" + pair.Value));
        return $"{diagnostic.Id} {span.Path}({span.StartLinePosition}-{span.EndLinePosition}) {diagnostic.GetMessage()} [{properties}]";
    }

    public static IReadOnlyList<string> Sorted(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.Select(Of).OrderBy(line => line, StringComparer.Ordinal).ToList();
}
