using System;
using System.Collections.Generic;

namespace DropoutGuard.Flow
{
    /// <summary>Per-thread set of type summaries being computed, so a computation that asked for its own type would end instead of looping.</summary>
    internal sealed class InProgressGuard<T>
        where T : class
    {
        [ThreadStatic]
        private static HashSet<object>? s_inProgress;

        public static bool TryEnter(T key)
        {
            s_inProgress ??= new HashSet<object>();
            return s_inProgress.Add(key);
        }

        public static void Exit(T key) => s_inProgress?.Remove(key);
    }
}
