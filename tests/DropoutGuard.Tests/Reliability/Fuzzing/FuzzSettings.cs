using System.Globalization;

namespace DropoutGuard.Tests.Reliability.Fuzzing;

/// <summary>
/// How much to fuzz. CI runs the defaults; DROPOUTGUARD_FUZZ_VARIANTS=200000 (and DROPOUTGUARD_FUZZ_SEED) run more,
/// or another sequence, locally. Every failure message carries the seed and the variant number to replay it.
/// </summary>
internal static class FuzzSettings
{
    public const int DefaultVariants = 20_000;
    public const int DefaultSeed = 20_261_201;

    /// <summary>Variants analysed together, each its own syntax tree in its own namespace: one compilation, one set of references.</summary>
    public const int VariantsPerBatch = 250;

    public static int Variants => Read("DROPOUTGUARD_FUZZ_VARIANTS", DefaultVariants);

    public static int Seed => Read("DROPOUTGUARD_FUZZ_SEED", DefaultSeed);

    /// <summary>Fixes checked per run: bounded so the suite's time stays flat; scales with the variants asked for.</summary>
    public static int FixedVariants => Math.Max(1, Variants / 80);

    private static int Read(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
