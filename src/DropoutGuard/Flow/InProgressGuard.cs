using System;
using System.Collections.Generic;

namespace DropoutGuard.Flow
{
    /// <summary>Per-thread set of summaries being computed, so recursion (a method calling itself) ends instead of looping.</summary>
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
