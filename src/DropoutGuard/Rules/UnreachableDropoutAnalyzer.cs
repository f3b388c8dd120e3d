using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DropoutGuard.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Rules
{
    /// <summary>
    /// DG0003: functional dropout and dropout-argument layers inside a model type that is used for DPO/SFT.
    /// Which types are used on a path is only known once every block has been seen, so this rule reports at compilation end.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnreachableDropoutAnalyzer : TorchSharpAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DG0003);

        internal override void OnTorchSharpCompilationStart(CompilationStartAnalysisContext context, FlowServices services)
        {
            var usedOnPath = new ConcurrentDictionary<ITypeSymbol, TrainingPlace>(SymbolEqualityComparer.Default);
            var sites = new ConcurrentBag<(INamedTypeSymbol ModelType, DropoutSite Site)>();
            var builtInside = new ConcurrentBag<(INamedTypeSymbol Container, ITypeSymbol Submodule)>();

            BlocksAtTypeEnd.Register(context, services, services.MayReportOrigins, (owningSymbol, blocks, _) =>
            {
                var (result, verdicts) = services.AssessBlock(owningSymbol, blocks);
                for (var i = 0; i < verdicts.Length; i++)
                {
                    var origin = result.Origins[i];
                    if (origin.ModelType is { } type && services.Types.IsUserModuleType(type) && verdicts[i].ReportedHere)
                    {
                        // Blocks arrive in any order: keep the first place by file and position, not the first seen.
                        var place = new TrainingPlace(origin.Operation.Syntax, TrainingLocation(origin.EnclosingSymbol));
                        var key = type.OriginalDefinition;
                        if (!usedOnPath.TryGetValue(key, out var known) || TrainingPlace.Order.Compare(place, known) < 0)
                            usedOnPath.AddOrUpdate(key, place, (_, current) => TrainingPlace.First(current, place));
                    }
                }
            });

            context.RegisterOperationBlockAction(block =>
            {
                if (OriginVerdicts.ContainingModelDefinition(block.OwningSymbol, services.Types) is { } modelType)
                {
                    // Models built inside a definition are its submodules, registered by field or by register_module(…).
                    var facts = services.Facts(block.OwningSymbol, block.OperationBlocks);
                    foreach (var submoduleType in facts.UserModelsBuilt)
                        builtInside.Add((modelType, submoduleType));
                    foreach (var site in facts.DropoutSites)
                    {
                        if (!site.ProbabilityIsZero)
                            sites.Add((modelType, site));
                    }
                }
            });

            context.RegisterCompilationEndAction(end =>
            {
                if (usedOnPath.IsEmpty || sites.IsEmpty)
                    return;
                var reachable = ReachableModelTypes(usedOnPath, builtInside.ToLookup(edge => (ISymbol?)edge.Container, edge => edge.Submodule, SymbolEqualityComparer.Default), services.Types);
                foreach (var (modelType, site) in sites.OrderBy(s => s.Site.Invocation.Syntax.SyntaxTree.FilePath, System.StringComparer.Ordinal).ThenBy(s => s.Site.Invocation.Syntax.SpanStart))
                {
                    if (!reachable.TryGetValue(modelType, out var location))
                        continue;
                    var disableMethod = services.Options.For(site.Invocation.Syntax.SyntaxTree).PreferredDisableMethod;
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.DG0003, site.Invocation.Syntax.GetLocation(),
                        DropoutSiteMessages.Describe(site, modelType.Name, location, disableMethod)));
                }
            });
        }

        private static string TrainingLocation(ISymbol enclosing)
        {
            var member = enclosing is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } ? enclosing.ContainingSymbol : enclosing;
            if (member.Name == WellKnownMemberNames.TopLevelStatementsEntryPointMethodName)
                return "the top-level statements";
            return "'" + (member.ContainingType is { } type ? type.Name + "." : string.Empty) + member.Name + "'";
        }

        /// <summary>
        /// Types used on a path, their base types, the model types of their fields and properties, and the models built
        /// inside them, transitively. Each type is named with the first training place (by file, then position) from
        /// which it is reachable: roots are visited in that order and each claims what no earlier root reached.
        /// </summary>
        private static Dictionary<ITypeSymbol, string> ReachableModelTypes(
            ConcurrentDictionary<ITypeSymbol, TrainingPlace> roots, ILookup<ISymbol?, ITypeSymbol> builtInside, TorchSharpTypes types)
        {
            var reachable = new Dictionary<ITypeSymbol, string>(SymbolEqualityComparer.Default);
            foreach (var root in roots.OrderBy(pair => pair.Value, TrainingPlace.Order))
                Claim(root.Key, root.Value.Description, reachable, builtInside, types);
            return reachable;
        }

        private static void Claim(
            ITypeSymbol root, string location, Dictionary<ITypeSymbol, string> reachable, ILookup<ISymbol?, ITypeSymbol> builtInside, TorchSharpTypes types)
        {
            var pending = new Queue<ITypeSymbol>();
            pending.Enqueue(root);
            while (pending.Count > 0)
            {
                var type = pending.Dequeue();
                if (type is not INamedTypeSymbol named || !types.IsUserModuleType(named) || reachable.ContainsKey(named.OriginalDefinition))
                    continue;
                reachable[named.OriginalDefinition] = location;
                if (named.BaseType is { } baseType)
                    pending.Enqueue(baseType);
                foreach (var submodule in builtInside[named.OriginalDefinition])
                    pending.Enqueue(submodule);
                foreach (var member in named.GetMembers())
                {
                    foreach (var candidate in ModelTypesIn(SymbolTypes.Of(member)))
                        pending.Enqueue(candidate);
                }
            }
        }

        /// <summary>The type itself and its type arguments (<c>ModuleList&lt;Block&gt;</c> holds Blocks).</summary>
        private static IEnumerable<ITypeSymbol> ModelTypesIn(ITypeSymbol? type)
        {
            if (type is null)
                yield break;
            yield return type;
            if (type is INamedTypeSymbol { IsGenericType: true } generic)
            {
                foreach (var argument in generic.TypeArguments)
                    yield return argument;
            }
            if (type is IArrayTypeSymbol array)
                yield return array.ElementType;
        }
    }
}
