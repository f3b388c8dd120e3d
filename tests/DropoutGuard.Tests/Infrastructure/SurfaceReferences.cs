using Microsoft.CodeAnalysis;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>The surface assemblies of one TorchSharp flavour; PyBridge and GenAI are compiled against that flavour.</summary>
public sealed record SurfaceReferences(MetadataReference TorchSharp, MetadataReference PyBridge, MetadataReference GenAI);
