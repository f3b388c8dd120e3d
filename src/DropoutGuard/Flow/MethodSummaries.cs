using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// Lazily computed, memoised, thread-safe summaries of source methods. Depth is bounded and recursion yields
    /// <see cref="MethodSummary.Unknown"/> for the back edge, so the analysis of one block never runs away.
    /// </summary>
    internal sealed class MethodSummaries
    {
        /// <summary>Levels of calls followed from the analysed block (the issue asks for at least three).</summary>
        public const int MaxDepth = 5;

        private readonly FlowServices _services;
        private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> _summaries = new ConcurrentDictionary<IMethodSymbol, MethodSummary>(SymbolEqualityComparer.Default);

        public MethodSummaries(FlowServices services) => _services = services;

        public MethodSummary Get(IMethodSymbol method, int depth)
        {
            var definition = SourceMethods.Definition(method);
            if (_summaries.TryGetValue(definition, out var cached))
                return cached;
            if (depth > MaxDepth || !SourceMethods.HasBody(definition) || !InProgressGuard<IMethodSymbol>.TryEnter(definition))
                return MethodSummary.Unknown;
            try
            {
                var result = Analyze(definition, depth);
                return result is null ? MethodSummary.Unknown : _summaries.GetOrAdd(definition, Summarize(definition, result));
            }
            finally
            {
                InProgressGuard<IMethodSymbol>.Exit(definition);
            }
        }

        /// <summary>The flow result of a source method's own body (as the summary sees it).</summary>
        public ModelFlowResult? Analyze(IMethodSymbol definition, int depth)
        {
            var blocks = ImmutableArray.CreateBuilder<IOperation>();
            foreach (var syntax in SourceMethods.BodySyntax(definition))
            {
                var operation = _services.SemanticModelFor(syntax.SyntaxTree)?.GetOperation(syntax);
                if (operation is ILocalFunctionOperation localFunction)
                    operation = localFunction.Body;
                if (operation is not null)
                    blocks.Add(operation);
            }
            return blocks.Count == 0 ? null : ModelFlowWalker.Analyze(_services, blocks.ToImmutable(), definition, depth);
        }

        private MethodSummary Summarize(IMethodSymbol definition, ModelFlowResult result)
        {
            var parameterCount = definition.Parameters.Length;
            var disables = new bool[parameterCount];
            var sinks = new string?[parameterCount];
            var sinkRoles = new string?[parameterCount];
            var returned = new List<int>();
            foreach (var placeholder in result.Placeholders.Values)
            {
                if (placeholder.Symbol is not IParameterSymbol parameter
                    || !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol.OriginalDefinition, definition.OriginalDefinition)
                    || parameter.Ordinal >= parameterCount)
                {
                    continue;
                }
                disables[parameter.Ordinal] = placeholder.IsDisabled;
                sinks[parameter.Ordinal] = placeholder.Sinks.Count > 0 ? placeholder.Sinks[0].Display : null;
                sinkRoles[parameter.Ordinal] = placeholder.Sinks.Count > 0 ? placeholder.Sinks[0].Role : null;
                if (result.Returned.Contains(placeholder))
                    returned.Add(parameter.Ordinal);
            }

            return new MethodSummary(
                disables.ToImmutableArray(),
                sinks.ToImmutableArray(),
                returned.ToImmutableArray(),
                disablesThis: result.This?.IsDisabled == true,
                returnsThis: result.This is { } self && result.Returned.Contains(self),
                assignsZeroDropout: result.Blocks.Any(block => DropoutAssignments.ContainsZeroAssignment(block, _services.Types)),
                ReturnedFreshOf(result.Returned, result),
                sinkRoles.ToImmutableArray(),
                result.ReturnedElements.Select(element => ReturnedFreshOf(element, result)).ToImmutableArray());
        }

        /// <summary>Models the method makes and returns, less those it already reports itself.</summary>
        private ReturnedFresh ReturnedFreshOf(ImmutableArray<ModelValue> returned, ModelFlowResult result)
        {
            var kinds = returned.OfType<ModelOrigin>()
                .Select(origin => OriginVerdicts.Assess(origin, result, _services))
                .Where(verdict => !verdict.ReportedHere)
                .Select(verdict => verdict.DropoutState)
                .ToList();
            if (kinds.Contains(DropoutState.Enabled))
                return ReturnedFresh.Enabled;
            if (kinds.Contains(DropoutState.EvalOnly))
                return ReturnedFresh.EvalOnly;
            return kinds.Count > 0 ? ReturnedFresh.Disabled : ReturnedFresh.None;
        }
    }
}
