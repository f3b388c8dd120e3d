using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// The evaluate-then-restore idiom: <c>model.eval(); try { validate } finally { model.train(); }</c>, or eval() … train()
    /// in one pass of a training loop. Such an eval() is a validation pass, not an attempt to turn dropout off for training.
    /// </summary>
    internal static class ModeBrackets
    {
        /// <summary>Does some train() of the same model restore the mode after this eval()?</summary>
        public static bool IsRestored(IInvocationOperation eval, ModelValue value)
            => value.Trains.Any(train => Restores(train, eval));

        public static bool Restores(IInvocationOperation train, IInvocationOperation eval)
        {
            if (train.Syntax.SyntaxTree != eval.Syntax.SyntaxTree || train.Syntax.SpanStart <= eval.Syntax.SpanStart)
                return false;
            var loop = InnermostLoop(eval);
            if (loop != InnermostLoop(train))
                return false;
            if (loop is not null)
                return true;
            for (var ancestor = train.Parent; ancestor is not null; ancestor = ancestor.Parent)
            {
                if (ancestor is ITryOperation { Finally: { } finallyBlock } tryOperation
                    && finallyBlock.Syntax.Span.Contains(train.Syntax.Span)
                    && tryOperation.Syntax.SpanStart > eval.Syntax.SpanStart)
                {
                    return true;
                }
            }
            return false;
        }

        private static ILoopOperation? InnermostLoop(IOperation operation)
        {
            for (var ancestor = operation.Parent; ancestor is not null; ancestor = ancestor.Parent)
            {
                if (ancestor is ILoopOperation loop)
                    return loop;
                if (ancestor is IAnonymousFunctionOperation or ILocalFunctionOperation)
                    return null;
            }
            return null;
        }
    }
}
