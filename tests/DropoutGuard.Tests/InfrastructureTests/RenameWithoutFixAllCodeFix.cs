using Microsoft.CodeAnalysis.CodeFixes;

namespace DropoutGuard.Tests.InfrastructureTests;

/// <summary>Test-only: the TST001 fix without Fix All, which dotnet format would never apply.</summary>
public sealed class RenameWithoutFixAllCodeFix : RenameToGoodCodeFix
{
    public override FixAllProvider? GetFixAllProvider() => null;
}
