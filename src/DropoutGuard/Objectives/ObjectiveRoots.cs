using System.Collections.Generic;
using DropoutGuard.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Objectives
{
    /// <summary>Where an objective's outer function is applied, and to what.</summary>
    internal readonly struct ObjectiveRoot
    {
        public ObjectiveRoot(IOperation argument, bool squared)
        {
            Argument = argument;
            Squared = squared;
        }

        /// <summary>The expression inside logsigmoid(…), sigmoid(…).log() or the square.</summary>
        public IOperation Argument { get; }

        /// <summary>A square (IPO) rather than a log-sigmoid.</summary>
        public bool Squared { get; }
    }

    /// <summary>
    /// Finds the outer functions of preference objectives: <c>functional.logsigmoid(x)</c>, <c>nn.LogSigmoid()</c> applied to
    /// x, <c>x.sigmoid().log()</c> / <c>torch.log(torch.sigmoid(x))</c>, and the squares <c>x.pow(2)</c>, <c>x.square()</c>, <c>x * x</c>.
    /// </summary>
    internal static class ObjectiveRoots
    {
        public static List<ObjectiveRoot> Find(IOperation block, TorchSharpTypes types)
        {
            var roots = new List<ObjectiveRoot>();
            foreach (var operation in block.Descendants())
            {
                switch (operation)
                {
                    case IInvocationOperation invocation when types.IsFromTorchSharp(invocation.TargetMethod):
                        if (RootOf(invocation, types) is { } root)
                            roots.Add(root);
                        break;
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product
                        when types.IsFromTorchSharp(product.Type) && ObjectiveGate.IsSelfProduct(product.Syntax):
                        roots.Add(new ObjectiveRoot(product.LeftOperand, squared: true));
                        break;
                }
            }
            return roots;
        }

        private static ObjectiveRoot? RootOf(IInvocationOperation invocation, TorchSharpTypes types)
        {
            var method = invocation.TargetMethod;
            var operands = Operands(invocation);
            if (operands.Count == 0)
                return null;
            switch (method.Name)
            {
                case "logsigmoid" or "log_sigmoid":
                    return new ObjectiveRoot(operands[0], squared: false);
                case "forward" or "call" when invocation.Instance?.Type?.Name == "LogSigmoid" && operands.Count > 1:
                    return new ObjectiveRoot(operands[1], squared: false);
                case "log" when Unwrap(operands[0]) is IInvocationOperation { TargetMethod.Name: "sigmoid" } sigmoid
                    && types.IsFromTorchSharp(sigmoid.TargetMethod) && Operands(sigmoid) is { Count: > 0 } inner:
                    return new ObjectiveRoot(inner[0], squared: false);
                case "square":
                    return new ObjectiveRoot(operands[0], squared: true);
                case "pow" when operands.Count > 1 && ConstantFacts.TryGetNumber(Unwrap(operands[1]), out var exponent) && exponent == 2:
                    return new ObjectiveRoot(operands[0], squared: true);
                default:
                    return null;
            }
        }

        /// <summary>Receiver then explicit arguments, whichever form (instance, extension, static) the call takes.</summary>
        private static List<IOperation> Operands(IInvocationOperation invocation)
        {
            var operands = new List<IOperation>();
            if (invocation.Instance is { } instance)
                operands.Add(instance);
            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.Explicit)
                    operands.Add(argument.Value);
            }
            return operands;
        }

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
                operation = conversion.Operand;
            return operation;
        }
    }
}
