using Microsoft.CodeAnalysis.Text;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>One span marked in test markup; a null <paramref name="Id"/> means the first rule of the analyzer under test.</summary>
public sealed record MarkedSpan(string? Id, TextSpan Span);
