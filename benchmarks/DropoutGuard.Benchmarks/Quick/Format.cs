using System;
using System.Globalization;

namespace DropoutGuard.Benchmarks.Quick
{
    internal static class Format
    {
        public static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString(time.TotalMilliseconds < 100 ? "F1" : "F0", CultureInfo.InvariantCulture) + " ms";

        public static string Percent(double ratio) => (ratio * 100).ToString("F1", CultureInfo.InvariantCulture) + " %";

        public static string Times(double ratio) => ratio.ToString("F2", CultureInfo.InvariantCulture) + "×";

        public static string Number(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
    }
}
