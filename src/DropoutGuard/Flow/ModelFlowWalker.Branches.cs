using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// Control flow over the structured operation tree: each branch starts from the state before it, the states of the
    /// branches that can complete are joined after them, and code after return/throw holds nothing. States are immutable
    /// maps, so starting a branch costs nothing, and a join visits only the variables the branches assigned.
    /// </summary>
    internal sealed partial class ModelFlowWalker
    {
        private static readonly ImmutableDictionary<ISymbol, ImmutableArray<ModelValue>> EmptyEnvironment =
            ImmutableDictionary.Create<ISymbol, ImmutableArray<ModelValue>>(SymbolEqualityComparer.Default);

        /// <summary>What each variable may hold at this point; null when the point cannot be reached.</summary>
        private ImmutableDictionary<ISymbol, ImmutableArray<ModelValue>>? _environment = EmptyEnvironment;

        /// <summary>
        /// Variables assigned inside branches, in order. A branch's own are those logged after the count at its start;
        /// a nested branch's stay logged, so they count for every branch around it. Emptied outside all branches.
        /// </summary>
        private readonly List<ISymbol> _assignedLog = new List<ISymbol>();
        private int _branchDepth;

        private ImmutableDictionary<ISymbol, ImmutableArray<ModelValue>> Environment => _environment ?? EmptyEnvironment;

        private void SetVariable(ISymbol symbol, ImmutableArray<ModelValue> values)
        {
            _environment = Environment.SetItem(symbol, values);
            if (_branchDepth > 0)
                _assignedLog.Add(symbol);
        }

        /// <summary>Evaluates alternatives that each start from the current state; afterwards a variable may hold what any left it with.</summary>
        private ImmutableArray<ModelValue> Alternatives(bool mayRunNone, params System.Func<ImmutableArray<ModelValue>>[] alternatives)
        {
            var before = _environment;
            var ends = new List<ImmutableDictionary<ISymbol, ImmutableArray<ModelValue>>>(alternatives.Length + 1);
            if (mayRunNone && before is not null)
                ends.Add(before);
            var firstAssigned = _assignedLog.Count;
            var values = ValueSet.Empty;
            _branchDepth++;
            try
            {
                foreach (var alternative in alternatives)
                {
                    _environment = before;
                    values = ValueSet.Union(values, alternative());
                    if (_environment is not null)
                        ends.Add(_environment);
                }
            }
            finally
            {
                _branchDepth--;
            }
            _environment = Join(ends, firstAssigned);
            LeaveBranches();
            return values;
        }

        /// <summary>A loop body, a lambda or a local function: may run any number of times, or not at all.</summary>
        private ImmutableArray<ModelValue> MayRun(System.Func<ImmutableArray<ModelValue>> body)
            => Alternatives(mayRunNone: true, body);

        /// <summary>The states that reach a join point, merged: only variables the branches assigned can differ.</summary>
        private ImmutableDictionary<ISymbol, ImmutableArray<ModelValue>>? Join(
            List<ImmutableDictionary<ISymbol, ImmutableArray<ModelValue>>> ends, int firstAssigned)
        {
            if (ends.Count <= 1)
                return ends.Count == 0 ? null : ends[0];
            var joined = ends[0].ToBuilder();
            for (var i = firstAssigned; i < _assignedLog.Count; i++)
            {
                var symbol = _assignedLog[i];
                var union = ValueSet.Empty;
                var present = false;
                foreach (var end in ends)
                {
                    if (end.TryGetValue(symbol, out var values))
                    {
                        union = ValueSet.Union(union, values);
                        present = true;
                    }
                }
                if (present)
                    joined[symbol] = union;
            }
            return joined.ToImmutable();
        }

        /// <summary>
        /// <c>try { … } catch { … } finally { … }</c>: a catch starts from the state before the body or after it (the throw
        /// may come anywhere); finally runs after the body or a catch.
        /// </summary>
        private ImmutableArray<ModelValue> EvalTry(ITryOperation tryOperation)
        {
            var before = _environment;
            var firstAssigned = _assignedLog.Count;
            _branchDepth++;
            try
            {
                Eval(tryOperation.Body);
                if (!tryOperation.Catches.IsEmpty)
                {
                    var afterBody = _environment;
                    var starts = new List<ImmutableDictionary<ISymbol, ImmutableArray<ModelValue>>>();
                    if (before is not null)
                        starts.Add(before);
                    if (afterBody is not null)
                        starts.Add(afterBody);
                    var catchStart = Join(starts, firstAssigned);
                    var ends = new List<ImmutableDictionary<ISymbol, ImmutableArray<ModelValue>>>();
                    if (afterBody is not null)
                        ends.Add(afterBody);
                    foreach (var catchClause in tryOperation.Catches)
                    {
                        _environment = catchStart;
                        EvalChildren(catchClause);
                        if (_environment is not null)
                            ends.Add(_environment);
                    }
                    _environment = Join(ends, firstAssigned);
                }
            }
            finally
            {
                _branchDepth--;
            }
            LeaveBranches();
            if (tryOperation.Finally is { } finallyBlock)
            {
                var reachable = _environment is not null;
                _environment ??= before;
                Eval(finallyBlock);
                if (!reachable)
                    _environment = null;
            }
            return ValueSet.Empty;
        }

        private void LeaveBranches()
        {
            if (_branchDepth == 0)
                _assignedLog.Clear();
        }

        /// <summary>Code after these does not run from here.</summary>
        private ImmutableArray<ModelValue> EndOfPath(IOperation operation)
        {
            EvalChildren(operation);
            _environment = null;
            return ValueSet.Empty;
        }
    }
}
