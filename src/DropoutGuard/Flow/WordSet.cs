using System;
using System.Collections.Generic;
using System.Linq;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// A fixed set of words that can be looked up straight from a stretch of source text, so scanning a body for them
    /// makes no string per word it reads.
    /// </summary>
    internal sealed class WordSet
    {
        private readonly string[]?[] _buckets;
        private readonly int _maxLength;

        public WordSet(IEnumerable<string> words)
        {
            var distinct = words.Where(word => word.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
            var size = 8;
            while (size < distinct.Length * 2)
                size *= 2;
            _buckets = new string[]?[size];
            foreach (var word in distinct)
            {
                var index = Hash(word, 0, word.Length) & (size - 1);
                var bucket = _buckets[index] ?? Array.Empty<string>();
                Array.Resize(ref bucket, bucket.Length + 1);
                bucket[bucket.Length - 1] = word;
                _buckets[index] = bucket;
                _maxLength = Math.Max(_maxLength, word.Length);
            }
        }

        public bool Contains(string word) => Find(word, 0, word.Length) is not null;

        /// <summary>The set's own string equal to <paramref name="text"/>[start..start+length), or null.</summary>
        public string? Find(char[] text, int start, int length) => Find(new CharRange(text, start), length);

        private string? Find(string text, int start, int length) => Find(new CharRange(text, start), length);

        private string? Find(CharRange range, int length)
        {
            if (length > _maxLength)
                return null;
            var bucket = _buckets[range.Hash(length) & (_buckets.Length - 1)];
            if (bucket is null)
                return null;
            foreach (var word in bucket)
            {
                if (word.Length == length && range.Equals(word))
                    return word;
            }
            return null;
        }

        private static int Hash(string text, int start, int length) => new CharRange(text, start).Hash(length);

        /// <summary>A start in either a string or a char array, read the same way.</summary>
        private readonly struct CharRange
        {
            private readonly string? _string;
            private readonly char[]? _array;
            private readonly int _start;

            public CharRange(string text, int start)
            {
                _string = text;
                _array = null;
                _start = start;
            }

            public CharRange(char[] text, int start)
            {
                _string = null;
                _array = text;
                _start = start;
            }

            private char this[int offset] => _array is not null ? _array[_start + offset] : _string![_start + offset];

            public int Hash(int length)
            {
                unchecked
                {
                    var hash = (int)2166136261;
                    for (var i = 0; i < length; i++)
                        hash = (hash ^ this[i]) * 16777619;
                    return hash & int.MaxValue;
                }
            }

            public bool Equals(string word)
            {
                for (var i = 0; i < word.Length; i++)
                {
                    if (this[i] != word[i])
                        return false;
                }
                return true;
            }
        }
    }
}
