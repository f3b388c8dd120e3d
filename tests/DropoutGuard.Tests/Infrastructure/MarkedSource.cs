using System.Collections.Immutable;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>Source text with the markup removed, and the spans the markup marked (ordered by start).</summary>
public sealed record MarkedSource(string Source, ImmutableArray<MarkedSpan> Spans);
