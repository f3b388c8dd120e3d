namespace DropoutGuard.Tests.Reliability.Fuzzing;

/// <summary>One mutated source: which seed source, which mutation, and the number that replays it.</summary>
internal sealed record FuzzVariant(int Seed, int Number, string SourceName, string Mutation, string Text)
{
    /// <summary>Each variant gets its own namespace so many can share one compilation without clashing.</summary>
    public string Namespace => "Fuzz" + Number;

    public string Path => $"/fuzz/{SourceName}/{Number}.cs";

    public string WrappedText => "namespace " + Namespace + " {\n" + Text + "\n}\n";

    public string Describe() => $"seed {Seed}, variant {Number} ({SourceName}, {Mutation}); replay with DROPOUTGUARD_FUZZ_SEED={Seed}";
}
