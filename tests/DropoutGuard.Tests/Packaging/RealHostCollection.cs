namespace DropoutGuard.Tests.Packaging;

/// <summary>The tests that run the dotnet CLI: one at a time, since they build the same projects, sharing one package.</summary>
[CollectionDefinition(Name)]
public sealed class RealHostCollection : ICollectionFixture<PackagingWorkspace>
{
    public const string Name = "RealHost";
}
