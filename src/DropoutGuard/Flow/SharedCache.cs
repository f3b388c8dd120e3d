using System.Collections.Concurrent;
using System.Collections.Generic;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// The per-compilation memo tables every analysis thread reads and fills. With the default shape (one lock stripe per
    /// core, 31 buckets to start) threads queued on each other's adds and on the table growing under all its locks.
    /// </summary>
    internal static class SharedCache
    {
        private const int Stripes = 64;
        private const int InitialCapacity = 1021;

        public static ConcurrentDictionary<TKey, TValue> Create<TKey, TValue>(IEqualityComparer<TKey>? comparer = null)
            => new ConcurrentDictionary<TKey, TValue>(Stripes, InitialCapacity, comparer ?? EqualityComparer<TKey>.Default);
    }
}
