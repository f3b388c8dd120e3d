using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using DropoutGuard.Tests.Infrastructure;

namespace DropoutGuard.Tests.InfrastructureTests;

public sealed class TorchSharpSurfaceTests
{
    [Fact]
    public void Surface_sources_are_embedded_under_their_assembly_folder()
    {
        var names = typeof(TorchSharpSurface).Assembly.GetManifestResourceNames();
        Assert.Contains(names, name => name.StartsWith("Surface/TorchSharp/", StringComparison.Ordinal));
        Assert.Contains(names, name => name.StartsWith("Surface/TorchSharp.PyBridge/", StringComparison.Ordinal));
        Assert.Contains(names, name => name.StartsWith("Surface/Microsoft.ML.GenAI/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TorchSharpFlavor.Current)]
    [InlineData(TorchSharpFlavor.Legacy)]
    public void Surface_compiles_and_exposes_modules(TorchSharpFlavor flavor)
    {
        var surface = TorchSharpSurface.For(flavor);
        var compilation = CSharpCompilation.Create("Probe", references: [.. ReferenceAssemblies.Net, surface.TorchSharp, surface.PyBridge, surface.GenAI]);

        Assert.NotNull(compilation.GetTypeByMetadataName("TorchSharp.torch+nn+Module"));
        Assert.Equal(
            [TorchSharpSurface.TorchSharpAssemblyName, TorchSharpSurface.PyBridgeAssemblyName, TorchSharpSurface.GenAIAssemblyName],
            new[] { surface.TorchSharp, surface.PyBridge, surface.GenAI }.Select(reference => ((IAssemblySymbol)compilation.GetAssemblyOrModuleSymbol(reference)!).Name));
    }

    [Fact]
    public void Flavours_are_compiled_separately_and_once()
    {
        Assert.NotSame(TorchSharpSurface.For(TorchSharpFlavor.Current).TorchSharp, TorchSharpSurface.For(TorchSharpFlavor.Legacy).TorchSharp);
        Assert.Same(TorchSharpSurface.For(TorchSharpFlavor.Current), TorchSharpSurface.For(TorchSharpFlavor.Current));
    }

    [Fact]
    public void Reference_assemblies_cover_the_base_library()
    {
        var compilation = CSharpCompilation.Create("Probe", references: ReferenceAssemblies.Net);
        Assert.NotNull(compilation.GetTypeByMetadataName("System.Collections.Generic.List`1"));
        Assert.NotEqual(TypeKind.Error, compilation.GetSpecialType(SpecialType.System_Object).TypeKind);
    }
}
