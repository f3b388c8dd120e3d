using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace DropoutGuard
{
    /// <summary>The TorchSharp symbols the rules need, resolved once per compilation, on first use.</summary>
    internal sealed class TorchSharpTypes
    {
        public static readonly ImmutableArray<string> DropoutClassNames =
            ImmutableArray.Create("Dropout", "Dropout1d", "Dropout2d", "Dropout3d", "AlphaDropout", "FeatureAlphaDropout");

        private readonly ConcurrentDictionary<ITypeSymbol, bool> _isModule = Flow.SharedCache.Create<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, bool> _isModuleCollection = Flow.SharedCache.Create<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, bool> _isEnumerable = Flow.SharedCache.Create<ITypeSymbol, bool>(SymbolEqualityComparer.Default);

        private readonly Compilation _compilation;
        private Symbols? _symbols;

        private TorchSharpTypes(Compilation compilation) => _compilation = compilation;

        /// <summary>Null when this TorchSharp has no Module (not the real library): then nothing is a model.</summary>
        public INamedTypeSymbol? Module => Resolved.Module;
        public IAssemblySymbol? TorchSharpAssembly => Resolved.TorchSharpAssembly;
        public INamedTypeSymbol? Jit => Resolved.Jit;
        public INamedTypeSymbol? Nn => Resolved.Nn;
        public INamedTypeSymbol? Functional => Resolved.Functional;
        public INamedTypeSymbol? TaskOfT => Resolved.TaskOfT;
        public INamedTypeSymbol? ValueTaskOfT => Resolved.ValueTaskOfT;

        /// <summary>The six dropout module classes that exist in the referenced TorchSharp version.</summary>
        public ImmutableArray<INamedTypeSymbol> DropoutClasses => Resolved.DropoutClasses;

        /// <summary>
        /// Null when TorchSharp is not referenced: callers then register nothing. Nothing is bound here: the symbols are
        /// looked up on first use, from an analysis action. By then the compiler has bound the references and read
        /// TorchSharp's types for the code it compiled; looked up at compilation start, the analyzers would do that work
        /// ahead of the compiler, several rules at once, and be charged for it.
        /// </summary>
        public static TorchSharpTypes? TryCreate(Compilation compilation)
            => TorchSharpReference.IsIn(compilation) ? new TorchSharpTypes(compilation) : null;

        private Symbols Resolved
            => Volatile.Read(ref _symbols) ?? Interlocked.CompareExchange(ref _symbols, new Symbols(_compilation), null) ?? _symbols!;

        /// <summary>The symbols, looked up in TorchSharp itself, not across every assembly and the project's own declarations.</summary>
        private sealed class Symbols
        {
            public Symbols(Compilation compilation)
            {
                Module = FindInTorchSharp(compilation, "TorchSharp.torch+nn+Module");
                var dropouts = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
                TorchSharpAssembly = Module?.ContainingAssembly;
                if (TorchSharpAssembly is { } torchSharp)
                {
                    Jit = torchSharp.GetTypeByMetadataName("TorchSharp.torch+jit");
                    Nn = torchSharp.GetTypeByMetadataName("TorchSharp.torch+nn");
                    Functional = torchSharp.GetTypeByMetadataName("TorchSharp.torch+nn+functional");
                    foreach (var name in DropoutClassNames)
                    {
                        if (torchSharp.GetTypeByMetadataName("TorchSharp.Modules." + name) is { } type)
                            dropouts.Add(type);
                    }
                }
                DropoutClasses = dropouts.ToImmutable();
                var coreLibrary = compilation.ObjectType.ContainingAssembly;
                TaskOfT = coreLibrary.GetTypeByMetadataName("System.Threading.Tasks.Task`1") ?? compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
                ValueTaskOfT = coreLibrary.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1") ?? compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
            }

            public INamedTypeSymbol? Module { get; }
            // Kept, not read through Module: IsFromTorchSharp asks for it on every call the walk reads.
            public IAssemblySymbol? TorchSharpAssembly { get; }
            public INamedTypeSymbol? Jit { get; }
            public INamedTypeSymbol? Nn { get; }
            public INamedTypeSymbol? Functional { get; }
            public INamedTypeSymbol? TaskOfT { get; }
            public INamedTypeSymbol? ValueTaskOfT { get; }
            public ImmutableArray<INamedTypeSymbol> DropoutClasses { get; }

            private static INamedTypeSymbol? FindInTorchSharp(Compilation compilation, string metadataName)
            {
                if (TorchSharpReference.IsTorchSharp(compilation.AssemblyName))
                    return compilation.Assembly.GetTypeByMetadataName(metadataName);
                foreach (var reference in TorchSharpReference.ReferencesIn(compilation))
                {
                    if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly && assembly.GetTypeByMetadataName(metadataName) is { } type)
                        return type;
                }
                return null;
            }
        }

        /// <remarks>Structs, enums, interfaces, arrays and the special types (numbers, strings, object) never are: no lookup.</remarks>
        public bool IsModule(ITypeSymbol? type)
            => type is { TypeKind: TypeKind.Class or TypeKind.TypeParameter, SpecialType: SpecialType.None } && Module is not null && (_isModule.TryGetValue(type, out var known) ? known : _isModule.GetOrAdd(type, ComputeIsModule(type)));

        private bool ComputeIsModule(ITypeSymbol type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, Module))
                    return true;
            }
            if (type is ITypeParameterSymbol typeParameter)
            {
                foreach (var constraint in typeParameter.ConstraintTypes)
                {
                    if (IsModule(constraint))
                        return true;
                }
            }
            return false;
        }

        /// <summary>An array or an enumerable of modules: <c>Module[]</c>, <c>IEnumerable&lt;Module&gt;</c>, <c>List&lt;Linear&gt;</c>.</summary>
        /// <remarks>Memoised: a type's interfaces are a new array of public symbols on every read.</remarks>
        public bool IsModuleCollection(ITypeSymbol? type)
            => type is IArrayTypeSymbol array ? IsModule(array.ElementType)
            : type is INamedTypeSymbol named && (_isModuleCollection.TryGetValue(named, out var known) ? known : _isModuleCollection.GetOrAdd(named, ComputeIsModuleCollection(named)));

        private bool ComputeIsModuleCollection(INamedTypeSymbol type)
        {
            if (IsEnumerableOfModule(type))
                return true;
            foreach (var implemented in type.AllInterfaces)
            {
                if (IsEnumerableOfModule(implemented))
                    return true;
            }
            return false;
        }

        private bool IsEnumerableOfModule(INamedTypeSymbol type)
            => type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T && IsModule(type.TypeArguments[0]);

        /// <summary>Implements <c>IEnumerable</c>; memoised like <see cref="IsModuleCollection"/>.</summary>
        public bool IsEnumerable(ITypeSymbol type)
            => _isEnumerable.TryGetValue(type, out var known) ? known : _isEnumerable.GetOrAdd(type, ComputeIsEnumerable(type));

        private static bool ComputeIsEnumerable(ITypeSymbol type)
        {
            foreach (var implemented in type.AllInterfaces)
            {
                if (implemented.SpecialType == SpecialType.System_Collections_IEnumerable)
                    return true;
            }
            return false;
        }

        public bool IsFromTorchSharp(ISymbol? symbol)
            => symbol?.ContainingAssembly is { } assembly && SymbolEqualityComparer.Default.Equals(assembly, TorchSharpAssembly);

        public bool IsDropoutClass(ITypeSymbol? type)
        {
            foreach (var dropout in DropoutClasses)
            {
                if (SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, dropout))
                    return true;
            }
            return false;
        }

        /// <summary>Is <paramref name="type"/> a class derived from Module, declared outside TorchSharp (a model definition)?</summary>
        public bool IsUserModuleType(ITypeSymbol? type)
            => type is INamedTypeSymbol { TypeKind: TypeKind.Class } && IsModule(type) && !IsFromTorchSharp(type);

        /// <summary>Unwraps Task&lt;T&gt; / ValueTask&lt;T&gt;.</summary>
        public ITypeSymbol? AwaitedType(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { IsGenericType: true } named
                && (SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, TaskOfT)
                    || SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, ValueTaskOfT)))
            {
                return named.TypeArguments[0];
            }
            return null;
        }
    }
}
