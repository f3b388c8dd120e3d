using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DropoutGuard.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Objectives
{
    /// <summary>
    /// Where an expression is read: the analysed block, or the body of a source helper entered from a call site, whose
    /// parameters stand for the caller's arguments. Locals are followed to the value last assigned before the use.
    /// </summary>
    internal sealed class TraceContext
    {
        /// <summary>Helper calls followed from the analysed block, as deep as method summaries go.</summary>
        private const int MaxDepth = 4;

        private readonly ImmutableArray<IOperation> _bodies;
        private Dictionary<ILocalSymbol, List<IOperation>>? _localValues;

        private TraceContext(ImmutableArray<IOperation> bodies, TraceContext? caller, IInvocationOperation? callSite, IMethodSymbol? method)
        {
            _bodies = bodies;
            Caller = caller;
            CallSite = callSite;
            Method = method;
            Depth = caller is null ? 0 : caller.Depth + 1;
        }

        public static TraceContext Top(ImmutableArray<IOperation> blocks) => new TraceContext(blocks, null, null, null);

        public TraceContext? Caller { get; }

        /// <summary>The call in <see cref="Caller"/> that entered this helper.</summary>
        public IInvocationOperation? CallSite { get; }

        public IMethodSymbol? Method { get; }

        public int Depth { get; }

        public bool IsTop => Caller is null;

        /// <summary>The caller's argument for a parameter of this helper.</summary>
        public IOperation? ArgumentFor(IParameterSymbol parameter)
        {
            if (CallSite is null || Method is null
                || !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, Method.OriginalDefinition))
            {
                return null;
            }
            foreach (var argument in CallSite.Arguments)
            {
                if (argument.Parameter?.Ordinal == parameter.Ordinal)
                    return argument.Value;
            }
            return null;
        }

        /// <summary>The value last assigned to <paramref name="local"/> before <paramref name="use"/>, in source order.</summary>
        public IOperation? ValueOf(ILocalSymbol local, IOperation use)
        {
            _localValues ??= IndexLocalValues(_bodies);
            if (!_localValues.TryGetValue(local, out var values))
                return null;
            IOperation? last = null;
            foreach (var value in values)
            {
                if (value.Syntax.SpanStart < use.Syntax.SpanStart && !value.Syntax.Span.Contains(use.Syntax.Span))
                    last = value;
            }
            return last;
        }

        /// <summary>Enters a source helper from a call made in this context; null when too deep, recursive or bodiless.</summary>
        public TraceContext? Enter(IInvocationOperation call, FlowServices services)
        {
            if (Depth >= MaxDepth || !SourceMethods.HasBody(call.TargetMethod))
                return null;
            var definition = SourceMethods.Definition(call.TargetMethod);
            for (var context = this; context is not null; context = context.Caller)
            {
                if (SymbolEqualityComparer.Default.Equals(context.Method, definition))
                    return null;
            }
            var bodies = ImmutableArray.CreateBuilder<IOperation>();
            foreach (var syntax in SourceMethods.BodySyntax(definition))
            {
                if (services.SemanticModelFor(syntax.SyntaxTree)?.GetOperation(syntax) is { } body)
                    bodies.Add(body);
            }
            return bodies.Count == 0 ? null : new TraceContext(bodies.ToImmutable(), this, call, definition);
        }

        /// <summary>The values the helper returns (not those of lambdas or local functions inside it).</summary>
        public IEnumerable<IOperation> ReturnedValues()
        {
            foreach (var body in _bodies)
            {
                foreach (var returned in body.Descendants().OfType<IReturnOperation>())
                {
                    if (returned.ReturnedValue is { } value && !IsInsideNestedFunction(returned, body))
                        yield return value;
                }
            }
        }

        /// <summary>Call sites from this helper up to the analysed block: distinguishes two calls of one helper.</summary>
        public string Key => IsTop ? string.Empty : Caller!.Key + "/" + CallSite!.Syntax.SpanStart;

        private static bool IsInsideNestedFunction(IOperation operation, IOperation root)
        {
            for (var current = operation.Parent; current is not null && current != root; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                    return true;
            }
            return false;
        }

        private static Dictionary<ILocalSymbol, List<IOperation>> IndexLocalValues(ImmutableArray<IOperation> bodies)
        {
            var index = new Dictionary<ILocalSymbol, List<IOperation>>(SymbolEqualityComparer.Default);
            foreach (var body in bodies)
            {
                foreach (var operation in body.Descendants())
                {
                    switch (operation)
                    {
                        case IVariableDeclaratorOperation declarator:
                            var initializer = declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer;
                            if (initializer?.Value is { } initial)
                                Add(index, declarator.Symbol, initial);
                            break;
                        case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                            Add(index, target.Local, assignment.Value);
                            break;
                    }
                }
            }
            return index;
        }

        private static void Add(Dictionary<ILocalSymbol, List<IOperation>> index, ILocalSymbol local, IOperation value)
        {
            if (!index.TryGetValue(local, out var values))
                index[local] = values = new List<IOperation>();
            values.Add(value);
        }
    }
}
