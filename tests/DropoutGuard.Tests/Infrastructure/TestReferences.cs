using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// What every test compilation references: .NET 10 reference assemblies from Basic.Reference.Assemblies.Net100 (offline,
/// the same on every machine), then TorchSharp in the flavour the test asks for.
/// </summary>
public static class TestReferences
{
    public static ImmutableArray<MetadataReference> Net { get; } = [.. Basic.Reference.Assemblies.Net100.References.All];

    /// <summary>TorchSharp, PyBridge and the GenAI stand-in as the options ask; .NET itself not included.</summary>
    public static ImmutableArray<MetadataReference> TorchSharp(VerifierOptions options)
    {
        if (options.TorchSharp == TorchSharpFlavor.None)
            return [.. options.AdditionalReferences];
        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        if (options.TorchSharp == TorchSharpFlavor.Legacy)
        {
            references.Add(StandIns.LegacyTorchSharp);
        }
        else
        {
            references.Add(RealTorchSharp.TorchSharp);
            if (options.ReferencePyBridge)
                references.Add(RealTorchSharp.PyBridge);
            if (options.ReferenceGenAI)
                references.Add(StandIns.GenAI);
        }
        references.AddRange(options.AdditionalReferences);
        return references.ToImmutable();
    }

    /// <summary>.NET plus <see cref="TorchSharp(VerifierOptions)"/>, for compilations made without the testing library.</summary>
    public static ImmutableArray<MetadataReference> All(VerifierOptions options) => Net.AddRange(TorchSharp(options));
}
