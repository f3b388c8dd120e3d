using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Flow
{
    internal static class ExecutionOrder
    {
        /// <summary>
        /// Can <paramref name="later"/> run after <paramref name="earlier"/> in the same block? Yes when it comes after it in
        /// source, or when a loop holds both (the next iteration runs it again).
        /// </summary>
        public static bool CanRunAfter(IOperation later, IOperation earlier)
        {
            if (later.Syntax.SpanStart > earlier.Syntax.SpanStart)
                return true;
            for (var ancestor = later.Parent; ancestor is not null; ancestor = ancestor.Parent)
            {
                if (ancestor is ILoopOperation loop && loop.Syntax.Span.Contains(earlier.Syntax.Span))
                    return true;
            }
            return false;
        }
    }
}
