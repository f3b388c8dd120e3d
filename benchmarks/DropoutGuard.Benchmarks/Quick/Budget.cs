namespace DropoutGuard.Benchmarks.Quick
{
    /// <summary>A budget from the performance requirements, shown next to the measured number.</summary>
    public sealed record Budget(string Text, bool Met)
    {
        public string Verdict => Met ? "PASS" : "OVER";

        public static Budget AtMost(double value, double limit, string text) => new Budget(text, value <= limit);

        public static Budget Below(double value, double limit, string text) => new Budget(text, value < limit);

        public static Budget That(bool met, string text) => new Budget(text, met);

        public static readonly Budget None = new Budget(string.Empty, true);
    }
}
