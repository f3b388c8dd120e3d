namespace DropoutGuard.Tests.Reliability.Fuzzing;

/// <summary>What went wrong, per variant; the test fails with the first few, each naming its seed and variant.</summary>
internal sealed class FuzzFailures
{
    private readonly List<string> _failures = [];

    public int Count { get { lock (_failures) return _failures.Count; } }

    public void Add(FuzzVariant? variant, string what)
    {
        lock (_failures)
            _failures.Add((variant?.Describe() ?? "batch") + ": " + what);
    }

    public void AssertNone()
    {
        lock (_failures)
            Assert.True(_failures.Count == 0, $"{_failures.Count} fuzzing failures:" + Environment.NewLine + string.Join(Environment.NewLine + Environment.NewLine, _failures.Take(5)));
    }
}
