using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// Keys of a symbol and an object compared by reference (parsed options, a vocabulary): caches keyed this way give
    /// one answer per symbol for each distinct configuration.
    /// </summary>
    internal sealed class SymbolAndInstanceComparer<TSymbol, TInstance> : IEqualityComparer<(TSymbol Symbol, TInstance Instance)>
        where TSymbol : ISymbol
        where TInstance : class
    {
        public static readonly SymbolAndInstanceComparer<TSymbol, TInstance> Instance = new SymbolAndInstanceComparer<TSymbol, TInstance>();

        public bool Equals((TSymbol Symbol, TInstance Instance) x, (TSymbol Symbol, TInstance Instance) y)
            => SymbolEqualityComparer.Default.Equals(x.Symbol, y.Symbol) && ReferenceEquals(x.Instance, y.Instance);

        public int GetHashCode((TSymbol Symbol, TInstance Instance) key)
            => SymbolEqualityComparer.Default.GetHashCode(key.Symbol) * 31 + RuntimeHelpers.GetHashCode(key.Instance);
    }
}
