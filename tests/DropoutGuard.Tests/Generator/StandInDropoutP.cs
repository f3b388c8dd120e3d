namespace DropoutGuard.Tests.Generator;

/// <summary>How the stand-in TorchSharp's dropout classes hold their probability.</summary>
public enum StandInDropoutP
{
    /// <summary>TorchSharp 0.104 and later: <c>public double p { get; set; }</c>.</summary>
    Property,

    /// <summary>TorchSharp 0.102.x/0.103.x: <c>private double p;</c>.</summary>
    PrivateField,

    /// <summary>A version the helper does not know: no member named p at all.</summary>
    Missing,
}
