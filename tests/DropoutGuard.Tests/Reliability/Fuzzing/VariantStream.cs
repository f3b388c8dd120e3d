namespace DropoutGuard.Tests.Reliability.Fuzzing;

/// <summary>
/// The numbered variants of one seed: variant n depends only on (seed, n), so any one can be replayed alone.
/// </summary>
internal sealed class VariantStream(int seed)
{
    private readonly SourceMutator[] _mutators = FuzzSources.All.Select(source => new SourceMutator(source.Text)).ToArray();

    public FuzzVariant Variant(int number)
    {
        var random = new Random(unchecked(seed * 7_919 + number * 104_729));
        var source = SourceOf(number);
        var (mutation, text) = _mutators[source].Mutate(random);
        return new FuzzVariant(seed, number, FuzzSources.All[source].Name, mutation, text);
    }

    /// <summary>
    /// The large units (the determinism corpus, the sample) every 16th variant, the snippets otherwise: the large ones
    /// cost ten times as much to compile and find nothing the snippets do not, once they have been mutated enough.
    /// </summary>
    private static int SourceOf(int number)
    {
        var large = FuzzSources.All.Count - FuzzSources.SnippetCount;
        if (number % 16 == 0)
            return (number / 16) % large;
        return large + number % FuzzSources.SnippetCount;
    }
}
