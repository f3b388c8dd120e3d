using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// Lazily computed, memoised, thread-safe summaries of source methods. Calls are followed to <see cref="MaxDepth"/>
    /// levels from the analysed block; recursion needs no guard because every nested call is one level deeper.
    /// A summary is a function of (method, depth) alone, whatever was computed before it or on other threads: one that
    /// met the depth limit is cached for that depth only, one that did not is the method's complete summary, valid at
    /// every depth from which its whole call tree still fits under the limit.
    /// </summary>
    internal sealed class MethodSummaries
    {
        /// <summary>Levels of calls followed from the analysed block (the issue asks for at least three).</summary>
        public const int MaxDepth = 5;

        private readonly FlowServices _services;
        private readonly ConcurrentDictionary<IMethodSymbol, CompleteSummary> _complete = SharedCache.Create<IMethodSymbol, CompleteSummary>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<(IMethodSymbol Method, int Depth), MethodSummary> _cutOff = SharedCache.Create<(IMethodSymbol, int), MethodSummary>(new MethodDepthComparer());

        public MethodSummaries(FlowServices services) => _services = services;

        public MethodSummary Get(IMethodSymbol method, int depth)
        {
            if (depth > MaxDepth)
            {
                CallDepthReach.Reached(depth);
                return MethodSummary.Unknown;
            }
            var definition = SourceMethods.Definition(method);
            if (_complete.TryGetValue(definition, out var complete) && depth + complete.Height <= MaxDepth)
            {
                CallDepthReach.Reached(depth + complete.Height);
                return complete.Summary;
            }
            if (_cutOff.TryGetValue((definition, depth), out var cutOff))
            {
                CallDepthReach.Reached(MaxDepth + 1);
                return cutOff;
            }
            CallDepthReach.Reached(depth);
            if (!SourceMethods.HasBody(definition))
                return MethodSummary.Unknown;

            var outer = CallDepthReach.Enter();
            MethodSummary summary;
            int deepest;
            try
            {
                CallDepthReach.Reached(depth);
                var result = Analyze(definition, depth);
                summary = result is null ? MethodSummary.Unknown : Summarize(definition, result);
            }
            finally
            {
                deepest = CallDepthReach.Exit(outer);
            }
            _services.Work.SummaryComputed();
            if (deepest > MaxDepth)
                return _cutOff.GetOrAdd((definition, depth), summary);
            return _complete.GetOrAdd(definition, new CompleteSummary(summary, deepest - depth)).Summary;
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
            return blocks.Count == 0 ? null : _services.Walk(blocks.ToImmutable(), definition, depth);
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
                .Select(origin => OriginVerdicts.Assess(origin, result, _services, consultMembers: false))
                .Where(verdict => !verdict.ReportedHere)
                .Select(verdict => verdict.DropoutState)
                .ToList();
            if (kinds.Contains(DropoutState.Enabled))
                return ReturnedFresh.Enabled;
            if (kinds.Contains(DropoutState.EvalOnly))
                return ReturnedFresh.EvalOnly;
            return kinds.Count > 0 ? ReturnedFresh.Disabled : ReturnedFresh.None;
        }

        /// <summary>A summary computed without meeting the depth limit, and how many call levels below the method it looked.</summary>
        private readonly struct CompleteSummary
        {
            public CompleteSummary(MethodSummary summary, int height)
            {
                Summary = summary;
                Height = height;
            }

            public MethodSummary Summary { get; }

            public int Height { get; }
        }

        private sealed class MethodDepthComparer : IEqualityComparer<(IMethodSymbol Method, int Depth)>
        {
            public bool Equals((IMethodSymbol Method, int Depth) x, (IMethodSymbol Method, int Depth) y)
                => x.Depth == y.Depth && SymbolEqualityComparer.Default.Equals(x.Method, y.Method);

            public int GetHashCode((IMethodSymbol Method, int Depth) obj)
                => SymbolEqualityComparer.Default.GetHashCode(obj.Method) * 31 + obj.Depth;
        }
    }
}
