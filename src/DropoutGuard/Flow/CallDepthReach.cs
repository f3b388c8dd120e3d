using System;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// Per thread: the deepest call depth touched while one summary is computed. A summary whose computation reached past
    /// <see cref="MethodSummaries.MaxDepth"/> was cut off and holds only for the depth it was asked at; one that stayed
    /// within the limit is the method's complete summary. Summaries are computed synchronously on one thread, so the
    /// nesting of <see cref="Enter"/>/<see cref="Exit"/> follows the call tree.
    /// </summary>
    internal static class CallDepthReach
    {
        [ThreadStatic]
        private static int s_deepest;

        /// <summary>Starts measuring a nested computation; returns the enclosing computation's value to restore.</summary>
        public static int Enter()
        {
            var outer = s_deepest;
            s_deepest = 0;
            return outer;
        }

        public static void Reached(int depth)
        {
            if (depth > s_deepest)
                s_deepest = depth;
        }

        /// <summary>Ends a nested computation whose result holds at every depth: the enclosing one learns nothing from it.</summary>
        public static void Discard(int outer) => s_deepest = outer;

        /// <summary>Ends the nested computation: returns its deepest depth and passes it on to the enclosing one.</summary>
        public static int Exit(int outer)
        {
            var inner = s_deepest;
            s_deepest = Math.Max(outer, inner);
            return inner;
        }
    }
}
