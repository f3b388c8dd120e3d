using System.Linq;
using DropoutGuard.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Objectives
{
    /// <summary>
    /// Reads an expression as a signed sum: through +, −, unary minus, scaling by a factor without log-probabilities
    /// (β, 1/length), their method forms (sub, add, mul, div, neg), locals and source helpers that return such a sum.
    /// </summary>
    internal sealed class Linearizer
    {
        private const int MaxNesting = 64;

        private readonly FlowServices _services;
        private readonly LogProbTracer _tracer;

        public Linearizer(FlowServices services, LogProbTracer tracer)
        {
            _services = services;
            _tracer = tracer;
        }

        public LinearForm Read(IOperation expression, TraceContext context)
        {
            var form = new LinearForm();
            Read(expression, context, 1, form, 0);
            return form;
        }

        private void Read(IOperation? operation, TraceContext context, int sign, LinearForm form, int nesting, string? names = null)
        {
            if (operation is null)
                return;
            if (nesting > MaxNesting)
            {
                AddTerm(operation, context, sign, form, names);
                return;
            }
            nesting++;
            switch (operation)
            {
                case IConversionOperation conversion:
                    Read(conversion.Operand, context, sign, form, nesting, names);
                    return;
                case ILocalReferenceOperation local when context.ValueOf(local.Local, local) is { } value && IsSum(value):
                    Read(value, context, sign, form, nesting, names + " " + local.Local.Name);
                    return;
                case IParameterReferenceOperation parameter when context.ArgumentFor(parameter.Parameter) is { } argument:
                    Read(argument, context.Caller!, sign, form, nesting);
                    return;
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } minus:
                    Read(minus.Operand, context, -sign, form, nesting);
                    return;
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Plus } plus:
                    Read(plus.Operand, context, sign, form, nesting);
                    return;
                case IBinaryOperation binary when ReadBinary(binary.OperatorKind, binary.LeftOperand, binary.RightOperand, context, sign, form, nesting):
                    return;
                case IInvocationOperation invocation when ReadInvocation(invocation, context, sign, form, nesting):
                    return;
            }
            AddTerm(operation, context, sign, form, names);
        }

        /// <summary>A local worth reading through: its value is itself a sum, difference, product or helper call.</summary>
        private static bool IsSum(IOperation value)
        {
            while (value is IConversionOperation conversion)
                value = conversion.Operand;
            return value is IBinaryOperation or IUnaryOperation or IInvocationOperation or ILocalReferenceOperation or IParameterReferenceOperation;
        }

        private bool ReadBinary(BinaryOperatorKind kind, IOperation left, IOperation right, TraceContext context, int sign, LinearForm form, int nesting)
        {
            switch (kind)
            {
                case BinaryOperatorKind.Add:
                    Read(left, context, sign, form, nesting);
                    Read(right, context, sign, form, nesting);
                    return true;
                case BinaryOperatorKind.Subtract:
                    Read(left, context, sign, form, nesting);
                    Read(right, context, -sign, form, nesting);
                    return true;
                case BinaryOperatorKind.Multiply:
                    return ReadScaled(left, right, context, sign, form, nesting) || ReadScaled(right, left, context, sign, form, nesting) || Opaque(left, right, context, form);
                case BinaryOperatorKind.Divide:
                    return ReadScaled(left, right, context, sign, form, nesting) || Opaque(left, right, context, form);
                default:
                    return false;
            }
        }

        /// <summary><c>β * h</c>, <c>h / length</c>: the factor has no log-probabilities; a negative constant flips the sign.</summary>
        private bool ReadScaled(IOperation scaled, IOperation factor, TraceContext context, int sign, LinearForm form, int nesting)
        {
            if (_tracer.HasLogProbabilities(factor, context))
                return false;
            var factorSign = ConstantFacts.TryGetNumber(Unwrap(factor), out var number) && number < 0 ? -1 : 1;
            Read(scaled, context, sign * factorSign, form, nesting);
            return true;
        }

        /// <summary>Log-probabilities multiplied together are not a difference: they only mark the form as transformed.</summary>
        private bool Opaque(IOperation left, IOperation right, TraceContext context, LinearForm form)
        {
            form.HasTransformedTerms |= _tracer.HasLogProbabilities(left, context) || _tracer.HasLogProbabilities(right, context);
            return true;
        }

        private bool ReadInvocation(IInvocationOperation invocation, TraceContext context, int sign, LinearForm form, int nesting)
        {
            var method = invocation.TargetMethod;
            if (_services.Types.IsFromTorchSharp(method))
            {
                var operands = Operands(invocation);
                switch (method.Name)
                {
                    case "sub" or "subtract" when operands.Length == 2:
                        return ReadBinary(BinaryOperatorKind.Subtract, operands[0], operands[1], context, sign, form, nesting);
                    case "add" when operands.Length == 2:
                        return ReadBinary(BinaryOperatorKind.Add, operands[0], operands[1], context, sign, form, nesting);
                    case "mul" or "multiply" when operands.Length == 2:
                        return ReadBinary(BinaryOperatorKind.Multiply, operands[0], operands[1], context, sign, form, nesting);
                    case "div" or "divide" when operands.Length == 2:
                        return ReadBinary(BinaryOperatorKind.Divide, operands[0], operands[1], context, sign, form, nesting);
                    case "neg" or "negative" when operands.Length == 1:
                        Read(operands[0], context, -sign, form, nesting);
                        return true;
                }
                return false;
            }
            if (method.ReturnsVoid || context.Enter(invocation, _services) is not { } helper)
                return false;
            var returned = helper.ReturnedValues().ToList();
            if (returned.Count != 1 || !IsSum(returned[0]))
                return false;
            Read(returned[0], helper, sign, form, nesting);
            return true;
        }

        /// <summary>Receiver then explicit arguments: <c>a.sub(b)</c> and <c>torch.sub(a, b)</c> both give (a, b).</summary>
        private static IOperation[] Operands(IInvocationOperation invocation)
        {
            var explicitArguments = invocation.Arguments.Where(argument => argument.ArgumentKind == ArgumentKind.Explicit).Select(argument => argument.Value);
            return (invocation.Instance is null ? explicitArguments : new[] { invocation.Instance }.Concat(explicitArguments)).ToArray();
        }

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
                operation = conversion.Operand;
            return operation;
        }

        /// <summary>A term: log-probabilities of models (plain or transformed), another tensor, or a constant shift.</summary>
        private void AddTerm(IOperation operation, TraceContext context, int sign, LinearForm form, string? names)
        {
            var uses = _tracer.Trace(operation, context, names);
            var logProbabilities = uses.Where(use => use.LogProbabilities).ToList();
            if (logProbabilities.Count == 0)
            {
                if (_services.Types.IsFromTorchSharp(operation.Type) && !operation.ConstantValue.HasValue)
                    form.OtherTensorTerms++;
                return;
            }
            foreach (var use in logProbabilities)
            {
                if (use.Transformed)
                    form.HasTransformedTerms = true;
                else
                    form.Terms.Add((use, sign));
            }
        }
    }
}
