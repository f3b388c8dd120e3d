using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace DropoutGuard.Options
{
    /// <summary>
    /// Configured text as it appears in DG0900 messages: shortened so one bad line of thousands of entries does not
    /// become a message of thousands of characters, never cutting a surrogate pair in half.
    /// </summary>
    internal static class QuotedValue
    {
        public const int MaxValueLength = 80;
        public const int MaxItemLength = 32;
        public const int MaxItems = 3;

        public static string Shorten(string value, int maxLength = MaxValueLength)
        {
            if (value.Length <= maxLength)
                return value;
            var cut = maxLength - 1;
            if (char.IsLowSurrogate(value[cut]) && char.IsHighSurrogate(value[cut - 1]))
                cut--;
            return value.Substring(0, cut) + "…";
        }

        /// <summary>"'1bad', '2bad', '3bad', …": the first few offending items, each shortened.</summary>
        public static string Items(IReadOnlyList<string> items)
        {
            var text = new StringBuilder();
            foreach (var item in items.Take(MaxItems))
            {
                if (text.Length > 0)
                    text.Append(", ");
                text.Append('\'').Append(Shorten(item, MaxItemLength)).Append('\'');
            }
            if (items.Count > MaxItems)
                text.Append(", …");
            return text.ToString();
        }

        /// <summary>"2,000" in every culture, so messages (and baselines) do not depend on the build machine.</summary>
        public static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
    }
}
