using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Flow
{
    internal static class InvocationReceiver
    {
        /// <summary>The object a call is made on: its instance, or the first argument of an extension method called as one.</summary>
        public static IOperation? Of(IInvocationOperation invocation)
            => invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
    }
}
