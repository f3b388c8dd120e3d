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
    /// levels from the analysed block; every nested call is one level deeper. A summary is a function of (method, depth)
    /// alone, whatever was computed before it or on other threads: one that met the depth limit is cached for that depth
    /// only, one that did not is the method's complete summary, valid at every depth from which its whole call tree still
    /// fits under the limit.
    /// <para>
    /// Methods of a type that call each other in a cycle (<see cref="RecursionUnits"/>) are summarised together, once:
    /// each member's body is walked as if called from a block, its calls to other members read the members' summaries of
    /// the previous round, and rounds repeat until nothing changes (at most <see cref="MaxRounds"/>). Their calls out of
    /// the cycle are summarised by depth, in tables of their own that never use cycle summaries, so a cycle's result does
    /// not depend on which member, or which other cycle, was asked first.
    /// </para>
    /// </summary>
    internal sealed class MethodSummaries
    {
        /// <summary>Levels of calls followed from the analysed block (the issue asks for at least three).</summary>
        public const int MaxDepth = 5;

        /// <summary>Rounds over a recursion cycle's members; a cycle that still changes after them keeps the last round.</summary>
        public const int MaxRounds = 3;

        /// <summary>The depth a cycle member's body is walked at: as if a block called it.</summary>
        private const int CycleMemberDepth = 1;

        [System.ThreadStatic]
        private static CycleInProgress? t_cycle;

        private readonly FlowServices _services;
        private readonly ByDepth _byDepth = new ByDepth();
        private readonly ByDepth _byDepthInCycles = new ByDepth();
        private readonly ConcurrentDictionary<IMethodSymbol, System.Lazy<Dictionary<IMethodSymbol, MethodSummary>>> _cycleSummaries =
            SharedCache.Create<IMethodSymbol, System.Lazy<Dictionary<IMethodSymbol, MethodSummary>>>(SymbolEqualityComparer.Default);
        private readonly RecursionUnits _cycles = new RecursionUnits();

        public MethodSummaries(FlowServices services) => _services = services;

        public MethodSummary Get(IMethodSymbol method, int depth)
        {
            if (depth > MaxDepth)
            {
                CallDepthReach.Reached(depth);
                return MethodSummary.Unknown;
            }
            var definition = SourceMethods.Definition(method);
            if (t_cycle is { } cycle && cycle.Owner == this)
            {
                // Inside a cycle's rounds: a member calling a member reads the previous round; anything else goes by depth.
                if (depth == CycleMemberDepth + 1 && cycle.Current.TryGetValue(definition, out var current))
                {
                    CallDepthReach.Reached(depth);
                    return current;
                }
                return GetByDepth(definition, depth, _byDepthInCycles);
            }
            // A cycle's members never have summaries by depth here, so the memo answers first and the cycle is looked for
            // only when it misses.
            if (TryMemoised(definition, depth, _byDepth, out var memoised))
                return memoised;
            CallDepthReach.Reached(depth);
            if (!SourceMethods.HasBody(definition))
                return MethodSummary.Unknown;
            if (_cycles.Of(definition) is { IsEmpty: false } members)
            {
                // Keyed by the first member: one computation per cycle, which other threads asking meanwhile wait for.
                var summaries = (_cycleSummaries.TryGetValue(members[0], out var known) ? known : _cycleSummaries.GetOrAdd(members[0], LazyCycle(members))).Value;
                return summaries[definition];
            }
            return ComputeByDepth(definition, depth, _byDepth);
        }

        private MethodSummary GetByDepth(IMethodSymbol definition, int depth, ByDepth table)
        {
            if (TryMemoised(definition, depth, table, out var memoised))
                return memoised;
            CallDepthReach.Reached(depth);
            return SourceMethods.HasBody(definition) ? ComputeByDepth(definition, depth, table) : MethodSummary.Unknown;
        }

        private static bool TryMemoised(IMethodSymbol definition, int depth, ByDepth table, out MethodSummary summary)
        {
            if (table.Complete.TryGetValue(definition, out var complete) && depth + complete.Height <= MaxDepth)
            {
                CallDepthReach.Reached(depth + complete.Height);
                summary = complete.Summary;
                return true;
            }
            if (table.CutOff.TryGetValue((definition, depth), out var cutOff))
            {
                CallDepthReach.Reached(MaxDepth + 1);
                summary = cutOff;
                return true;
            }
            summary = MethodSummary.Unknown;
            return false;
        }

        private MethodSummary ComputeByDepth(IMethodSymbol definition, int depth, ByDepth table)
        {
            var outer = CallDepthReach.Enter();
            MethodSummary summary;
            int deepest;
            try
            {
                CallDepthReach.Reached(depth);
                summary = Compute(definition, depth);
            }
            finally
            {
                deepest = CallDepthReach.Exit(outer);
            }
            if (deepest > MaxDepth)
                return table.CutOff.GetOrAdd((definition, depth), summary);
            return table.Complete.GetOrAdd(definition, new CompleteSummary(summary, deepest - depth)).Summary;
        }

        private System.Lazy<Dictionary<IMethodSymbol, MethodSummary>> LazyCycle(ImmutableArray<IMethodSymbol> members)
            => new System.Lazy<Dictionary<IMethodSymbol, MethodSummary>>(() => SummariseCycle(members));

        /// <summary>Every member of one cycle, by rounds; the result holds at every depth, so nothing of it reaches the caller's depth.</summary>
        private Dictionary<IMethodSymbol, MethodSummary> SummariseCycle(ImmutableArray<IMethodSymbol> members)
        {
            var outer = CallDepthReach.Enter();
            var current = new Dictionary<IMethodSymbol, MethodSummary>(SymbolEqualityComparer.Default);
            foreach (var member in members)
                current[member] = MethodSummary.Unknown;
            try
            {
                for (var round = 0; round < MaxRounds; round++)
                {
                    t_cycle = new CycleInProgress(this, current);
                    var next = new Dictionary<IMethodSymbol, MethodSummary>(SymbolEqualityComparer.Default);
                    foreach (var member in members)
                        next[member] = Compute(member, CycleMemberDepth);
                    t_cycle = null;
                    var stable = members.All(member => next[member].SameAs(current[member]));
                    current = next;
                    if (stable)
                        break;
                }
            }
            finally
            {
                t_cycle = null;
                CallDepthReach.Discard(outer);
            }
            return current;
        }

        private MethodSummary Compute(IMethodSymbol definition, int depth)
        {
            var result = Analyze(definition, depth);
            _services.Work.SummaryComputed();
            return result is null ? MethodSummary.Unknown : Summarize(definition, result);
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

        /// <summary>The summaries by (method, depth): complete ones per method, cut-off ones per depth.</summary>
        private sealed class ByDepth
        {
            public ConcurrentDictionary<IMethodSymbol, CompleteSummary> Complete { get; } = SharedCache.Create<IMethodSymbol, CompleteSummary>(SymbolEqualityComparer.Default);
            public ConcurrentDictionary<(IMethodSymbol Method, int Depth), MethodSummary> CutOff { get; } = SharedCache.Create<(IMethodSymbol, int), MethodSummary>(new MethodDepthComparer());
        }

        /// <summary>The cycle this thread is summarising, and its members' summaries from the previous round.</summary>
        private sealed class CycleInProgress
        {
            public CycleInProgress(MethodSummaries owner, Dictionary<IMethodSymbol, MethodSummary> current)
            {
                Owner = owner;
                Current = current;
            }

            public MethodSummaries Owner { get; }

            public Dictionary<IMethodSymbol, MethodSummary> Current { get; }
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
