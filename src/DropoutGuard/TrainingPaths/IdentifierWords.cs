using System.Collections.Immutable;

namespace DropoutGuard.TrainingPaths
{
    /// <summary>
    /// Splits identifiers into lower-case words on the boundaries people use when naming:
    /// PascalCase, camelCase, ACRONYMS (<c>DPOTrainer</c> → dpo, trainer), snake_case, spaces and digits.
    /// </summary>
    internal static class IdentifierWords
    {
        public static ImmutableArray<string> Split(string identifier)
        {
            var words = ImmutableArray.CreateBuilder<string>();
            var length = identifier.Length;
            var start = -1;
            for (var i = 0; i < length; i++)
            {
                if (!IsWordCharacter(identifier, i))
                {
                    Flush(identifier, ref start, i, words);
                    continue;
                }
                if (start >= 0 && StartsNewWord(identifier, i))
                    Flush(identifier, ref start, i, words);
                if (start < 0)
                    start = i;
            }
            Flush(identifier, ref start, length, words);
            return words.ToImmutable();
        }

        /// <summary>A letter or digit, the two halves of one outside the basic multilingual plane included.</summary>
        private static bool IsWordCharacter(string s, int i)
        {
            if (char.IsLowSurrogate(s[i]) && i > 0 && char.IsHighSurrogate(s[i - 1]))
                return char.IsLetterOrDigit(s, i - 1);
            return char.IsLetterOrDigit(s, i);
        }

        private static bool StartsNewWord(string s, int i)
        {
            var previous = s[i - 1];
            var current = s[i];
            if (char.IsDigit(previous) != char.IsDigit(current))
                return true;
            if (char.IsLower(previous) && char.IsUpper(current))
                return true;
            // The last capital of an acronym starts the next word: "DPOTrainer" → "DPO" + "Trainer".
            return char.IsUpper(previous) && char.IsUpper(current) && i + 1 < s.Length && char.IsLower(s[i + 1]);
        }

        private static void Flush(string s, ref int start, int end, ImmutableArray<string>.Builder words)
        {
            if (start >= 0 && end > start)
                words.Add(s.Substring(start, end - start).ToLowerInvariant());
            start = -1;
        }
    }
}
