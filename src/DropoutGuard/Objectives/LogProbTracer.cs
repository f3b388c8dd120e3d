using System.Collections.Generic;
using System.Linq;
using DropoutGuard.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Objectives
{
    /// <summary>
    /// Traces a term of an objective back through tensor operations, locals and source helpers to the model calls whose
    /// outputs it is computed from, noting whether log-probabilities (log_softmax/gather) were taken on the way.
    /// </summary>
    internal sealed class LogProbTracer
    {
        /// <summary>Operations visited per objective at most: the trace of pathological code stays bounded.</summary>
        private const int Budget = 4000;

        private static readonly HashSet<string> LogProbabilityOps = new HashSet<string> { "log_softmax", "gather", "take_along_dim" };
        private static readonly HashSet<string> OddsOps = new HashSet<string> { "exp", "log1p", "expm1", "log", "sigmoid", "softplus", "pow", "square", "sqrt", "tanh" };
        private static readonly HashSet<string> SliceOps = new HashSet<string> { "chunk", "split", "narrow", "slice", "select", "index", "index_select", "tensor_split" };
        private static readonly HashSet<string> FrozenScopes = new HashSet<string> { "no_grad", "inference_mode" };

        private readonly FlowServices _services;
        private readonly TorchSharpTypes _types;
        private int _visited;
        private int _order;

        public LogProbTracer(FlowServices services)
        {
            _services = services;
            _types = services.Types;
        }

        public List<ModelUse> Trace(IOperation term, TraceContext context, string? names = null)
        {
            var uses = new List<ModelUse>();
            Trace(term, context, names is null ? new PathState() : new PathState().WithName(names), uses);
            return uses;
        }

        public bool HasLogProbabilities(IOperation term, TraceContext context)
            => Trace(term, context).Any(use => use.LogProbabilities);

        private void Trace(IOperation? operation, TraceContext context, PathState state, List<ModelUse> uses)
        {
            if (operation is null || ++_visited > Budget)
                return;
            switch (operation)
            {
                case IConversionOperation conversion:
                    Trace(conversion.Operand, context, state, uses);
                    break;
                case IAwaitOperation awaited:
                    Trace(awaited.Operation, context, state, uses);
                    break;
                case ILocalReferenceOperation local:
                    Trace(context.ValueOf(local.Local, local), context, state.WithName(local.Local.Name), uses);
                    break;
                case IParameterReferenceOperation parameter when context.ArgumentFor(parameter.Parameter) is { } argument:
                    Trace(argument, context.Caller!, state.WithName(parameter.Parameter.Name), uses);
                    break;
                case IInvocationOperation invocation:
                    TraceInvocation(invocation, context, state, uses);
                    break;
                case IBinaryOperation binary:
                    Trace(binary.LeftOperand, context, state, uses);
                    Trace(binary.RightOperand, context, state, uses);
                    break;
                case IUnaryOperation unary:
                    Trace(unary.Operand, context, state, uses);
                    break;
                case IPropertyReferenceOperation { Instance: { } instance } property when !IsOwn(instance):
                    Trace(instance, context, property.Property.IsIndexer ? state.WithSlice(operation.Syntax.ToString()) : state.WithName(property.Property.Name), uses);
                    break;
                case IArrayElementReferenceOperation element:
                    Trace(element.ArrayReference, context, state.WithSlice(operation.Syntax.ToString()), uses);
                    break;
                case IFieldReferenceOperation { Instance: { } instance } when !IsOwn(instance):
                    Trace(instance, context, state, uses);
                    break;
            }
        }

        private void TraceInvocation(IInvocationOperation invocation, TraceContext context, PathState state, List<ModelUse> uses)
        {
            var method = invocation.TargetMethod;
            if (ModelReceiver(invocation) is { } model)
            {
                uses.Add(Use(invocation, model, context, state));
                return;
            }
            var name = method.Name;
            if (LogProbabilityOps.Contains(name))
                state = state.WithLogProbabilities();
            else if (!state.LogProbabilities && OddsOps.Contains(name))
                state = state.WithTransform();
            else if (name == "detach")
                state = state.WithDetached();
            else if (SliceOps.Contains(name))
                state = state.WithSlice(invocation.Syntax.ToString());

            if (!_types.IsFromTorchSharp(method) && !method.ReturnsVoid && context.Enter(invocation, _services) is { } helper)
            {
                foreach (var returned in helper.ReturnedValues())
                    Trace(returned, helper, state, uses);
                return;
            }
            Trace(invocation.Instance, context, state, uses);
            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue)
                    Trace(argument.Value, context, state, uses);
            }
        }

        /// <summary>
        /// The model a call runs: <c>forward</c>/<c>call</c> on a Module-typed value, or a source method of a user model that
        /// returns its outputs. Built-in layers (a <c>LogSigmoid</c> or <c>Linear</c>) are not models.
        /// </summary>
        private IOperation? ModelReceiver(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var receiver = InvocationReceiver.Of(invocation);
            if (receiver is null || method.ReturnsVoid || !_types.IsModule(receiver.Type) || _types.IsModule(invocation.Type) || IsBuiltInLayer(receiver.Type))
                return null;
            var runsModel = method.Name is "forward" or "call"
                || (SourceMethods.HasBody(method) && _types.IsUserModuleType(method.ContainingType) && _types.IsFromTorchSharp(invocation.Type));
            return runsModel ? receiver : null;
        }

        private bool IsBuiltInLayer(ITypeSymbol? type)
            => type is INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false } named && _types.IsFromTorchSharp(named)
            && named.ContainingNamespace?.Name == "Modules" && named.Name != "Sequential";

        private ModelUse Use(IInvocationOperation call, IOperation model, TraceContext context, PathState state)
        {
            var input = call.Arguments.FirstOrDefault(argument => argument.Value != model && argument.ArgumentKind == ArgumentKind.Explicit)?.Value;
            var inputAtTop = input is null ? null : AtTop(input, context);
            var answer = (inputAtTop?.Syntax.ToString() ?? string.Empty) + "|" + state.Slice;
            var modelAtTop = AtTop(model, context);
            var feed = modelAtTop is null ? null : FeedOf(modelAtTop);
            var frozen = state.Detached || IsInFrozenScope(call.Syntax);
            for (var caller = context; !frozen && caller.CallSite is { } site; caller = caller.Caller!)
                frozen = IsInFrozenScope(site.Syntax); // a helper called under no_grad() runs the model under it
            return new ModelUse(feed, modelAtTop is null ? model.Syntax.ToString() : KeyOf(modelAtTop), answer,
                state.Names + " " + answer, state.LogProbabilities, state.Transformed, frozen, _order++);
        }

        /// <summary>The expression of the analysed block a helper's parameter or local stands for; null when made inside the helper.</summary>
        private static IOperation? AtTop(IOperation operation, TraceContext context)
        {
            for (var steps = 0; steps < 16; steps++)
            {
                while (operation is IConversionOperation conversion)
                    operation = conversion.Operand;
                if (context.IsTop)
                    return operation;
                switch (operation)
                {
                    case IParameterReferenceOperation parameter when context.ArgumentFor(parameter.Parameter) is { } argument:
                        operation = argument;
                        context = context.Caller!;
                        break;
                    case ILocalReferenceOperation local when context.ValueOf(local.Local, local) is { } value:
                        operation = value;
                        break;
                    default:
                        return null;
                }
            }
            return null;
        }

        /// <summary>The call of the analysed block that receives the model expression, and where.</summary>
        private static ObjectiveFeed? FeedOf(IOperation model)
        {
            var child = model;
            var parent = model.Parent;
            while (parent is IConversionOperation)
            {
                child = parent;
                parent = parent.Parent;
            }
            if (parent is IInvocationOperation invocation && invocation.Instance == child)
                return new ObjectiveFeed(invocation.Syntax, -1, string.Empty, string.Empty);
            if (parent is IArgumentOperation { Parent: IInvocationOperation call, Parameter: { } parameter })
                return new ObjectiveFeed(call.Syntax, parameter.Ordinal, string.Empty, string.Empty);
            return null;
        }

        private static string KeyOf(IOperation model)
            => model switch
            {
                ILocalReferenceOperation local => "local " + local.Local.Name,
                IParameterReferenceOperation parameter => "parameter " + parameter.Parameter.Name,
                IMemberReferenceOperation member when IsOwn(member.Instance) => "member " + member.Member.Name,
                _ => model.Syntax.ToString(),
            };

        private static bool IsOwn(IOperation? instance)
            => instance is null || instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };

        /// <summary>Inside <c>using (torch.no_grad())</c> or after <c>using var _ = torch.no_grad();</c> in an enclosing block.</summary>
        private static bool IsInFrozenScope(SyntaxNode node)
        {
            for (var current = node; current is not null; current = current.Parent)
            {
                if (current is UsingStatementSyntax usingStatement && NamesFrozenScope((SyntaxNode?)usingStatement.Expression ?? usingStatement.Declaration))
                    return true;
                if (current.Parent is BlockSyntax block && current is StatementSyntax statement)
                {
                    foreach (var previous in block.Statements)
                    {
                        if (previous == statement)
                            break;
                        if (previous is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: not 0 } declaration && NamesFrozenScope(declaration.Declaration))
                            return true;
                    }
                }
                if (current is MemberDeclarationSyntax)
                    break;
            }
            return false;
        }

        private static bool NamesFrozenScope(SyntaxNode? node)
            => node is not null && node.DescendantNodesAndSelf().OfType<SimpleNameSyntax>().Any(name => FrozenScopes.Contains(name.Identifier.ValueText));

        /// <summary>What the path from the objective down to the current operation has passed through.</summary>
        private readonly struct PathState
        {
            private PathState(bool logProbabilities, bool transformed, bool detached, string? slice, string? names)
            {
                LogProbabilities = logProbabilities;
                Transformed = transformed;
                Detached = detached;
                Slice = slice;
                Names = names;
            }

            public bool LogProbabilities { get; }
            public bool Transformed { get; }
            public bool Detached { get; }
            public string? Slice { get; }
            public string? Names { get; }

            public PathState WithLogProbabilities() => new PathState(true, Transformed, Detached, Slice, Names);
            public PathState WithTransform() => new PathState(LogProbabilities, true, Detached, Slice, Names);
            public PathState WithDetached() => new PathState(LogProbabilities, Transformed, true, Slice, Names);
            public PathState WithSlice(string slice) => Slice is null ? new PathState(LogProbabilities, Transformed, Detached, slice, Names) : this;
            public PathState WithName(string name) => new PathState(LogProbabilities, Transformed, Detached, Slice, (Names ?? string.Empty) + " " + name);
        }
    }
}
