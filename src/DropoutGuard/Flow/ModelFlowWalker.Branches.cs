using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// Control flow over the structured operation tree: each branch starts from the state before it, the states of the
    /// branches that can complete are joined after them, and code after return/throw/break/continue holds nothing.
    /// </summary>
    internal sealed partial class ModelFlowWalker
    {
        /// <summary>What each variable may hold at this point; null when the point cannot be reached.</summary>
        private Dictionary<ISymbol, ImmutableArray<ModelValue>>? _environment = NewEnvironment();

        private static Dictionary<ISymbol, ImmutableArray<ModelValue>> NewEnvironment()
            => new Dictionary<ISymbol, ImmutableArray<ModelValue>>(SymbolEqualityComparer.Default);

        private Dictionary<ISymbol, ImmutableArray<ModelValue>> Environment => _environment ??= NewEnvironment();

        private Dictionary<ISymbol, ImmutableArray<ModelValue>>? Snapshot()
            => _environment is null ? null : new Dictionary<ISymbol, ImmutableArray<ModelValue>>(_environment, SymbolEqualityComparer.Default);

        /// <summary>Evaluates alternatives that each start from the current state; afterwards a variable may hold what any left it with.</summary>
        private ImmutableArray<ModelValue> Alternatives(bool mayRunNone, params System.Func<ImmutableArray<ModelValue>>[] alternatives)
        {
            var before = Snapshot();
            var after = mayRunNone ? Snapshot() : null;
            var reachable = mayRunNone && before is not null;
            var values = ValueSet.Empty;
            foreach (var alternative in alternatives)
            {
                _environment = before is null ? null : new Dictionary<ISymbol, ImmutableArray<ModelValue>>(before, SymbolEqualityComparer.Default);
                values = ValueSet.Union(values, alternative());
                if (_environment is null)
                    continue;
                after = reachable ? Join(after, _environment) : _environment;
                reachable = true;
            }
            _environment = reachable ? after : null;
            return values;
        }

        /// <summary>A loop body, a lambda or a local function: may run any number of times, or not at all.</summary>
        private ImmutableArray<ModelValue> MayRun(System.Func<ImmutableArray<ModelValue>> body)
            => Alternatives(mayRunNone: true, body);

        private static Dictionary<ISymbol, ImmutableArray<ModelValue>>? Join(
            Dictionary<ISymbol, ImmutableArray<ModelValue>>? first, Dictionary<ISymbol, ImmutableArray<ModelValue>> second)
        {
            if (first is null)
                return second;
            foreach (var pair in second)
                first[pair.Key] = first.TryGetValue(pair.Key, out var existing) ? ValueSet.Union(existing, pair.Value) : pair.Value;
            return first;
        }

        /// <summary><c>try { … } catch { … } finally { … }</c>: a catch may start anywhere in the try; finally runs after either.</summary>
        private ImmutableArray<ModelValue> EvalTry(ITryOperation tryOperation)
        {
            var before = Snapshot();
            Eval(tryOperation.Body);
            if (!tryOperation.Catches.IsEmpty)
            {
                var afterBody = _environment;
                var catchStart = before is null ? afterBody : Join(before, afterBody ?? NewEnvironment());
                var joined = afterBody;
                foreach (var catchClause in tryOperation.Catches)
                {
                    _environment = catchStart is null ? null : new Dictionary<ISymbol, ImmutableArray<ModelValue>>(catchStart, SymbolEqualityComparer.Default);
                    EvalChildren(catchClause);
                    if (_environment is not null)
                        joined = joined is null ? _environment : Join(joined, _environment);
                }
                _environment = joined;
            }
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

        /// <summary>Code after these does not run from here.</summary>
        private ImmutableArray<ModelValue> EndOfPath(IOperation operation)
        {
            EvalChildren(operation);
            _environment = null;
            return ValueSet.Empty;
        }
    }
}
