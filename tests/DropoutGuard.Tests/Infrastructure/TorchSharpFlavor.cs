namespace DropoutGuard.Tests.Infrastructure;

/// <summary>Which TorchSharp surface a test compiles against.</summary>
public enum TorchSharpFlavor
{
    /// <summary>The TorchSharp API of current releases.</summary>
    Current,

    /// <summary>TorchSharp 0.102.x/0.103.x, where <c>Dropout.p</c> is a private field (surface built with TORCHSHARP_LEGACY).</summary>
    Legacy,

    /// <summary>No TorchSharp reference at all (nor PyBridge or GenAI, which depend on it).</summary>
    None,
}
