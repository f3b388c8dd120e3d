using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DropoutGuard.Options;
using DropoutGuard.TrainingPaths;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// What one pass over a block's operations tells from symbols and names already at hand, before any flow analysis:
    /// whether a model can be made here, whether anything here can put one on a training path, eval()/train() calls,
    /// user models built, and the dropout sites DG0003/DG0004 read. Rules walk a block only when these say it can matter.
    /// </summary>
    internal sealed class BlockFacts
    {
        private static readonly ImmutableHashSet<string> FunctionalDropouts = ImmutableHashSet.Create("dropout", "dropout1d", "dropout2d", "dropout3d", "alpha_dropout", "feature_alpha_dropout", "scaled_dot_product_attention");
        private static readonly ImmutableHashSet<string> DropoutArgumentLayers = ImmutableHashSet.Create("MultiheadAttention", "RNN", "GRU", "LSTM", "Transformer", "TransformerEncoderLayer", "TransformerDecoderLayer");

        /// <summary>A creation or call whose result is (or may carry) a model made here.</summary>
        public bool MayMakeModels { get; private set; }

        /// <summary>A call, creation or member store that may hand a model to training, here or through other code.</summary>
        public bool MayReachTraining { get; private set; }

        public int EvalCalls { get; private set; }

        public int TrainCalls { get; private set; }

        /// <summary>
        /// The pass stopped once a model can be made here and reach training: such a block is walked for DG0001 (unless
        /// configured off every training path), so the eval()/train() counts are left incomplete and DG0002 reads the walk.
        /// </summary>
        public bool StoppedEarly { get; private set; }

        /// <summary>User model types built in the block (<c>new Block(…)</c>); collected inside model definitions only.</summary>
        public IReadOnlyList<ITypeSymbol> UserModelsBuilt => (IReadOnlyList<ITypeSymbol>?)_userModelsBuilt ?? System.Array.Empty<ITypeSymbol>();

        /// <summary>Functional dropout and dropout-argument layers; collected inside model definitions only.</summary>
        public IReadOnlyList<DropoutSite> DropoutSites => (IReadOnlyList<DropoutSite>?)_dropoutSites ?? System.Array.Empty<DropoutSite>();

        // Made on first use: most blocks have neither, and the facts of every block are collected.
        private List<ITypeSymbol>? _userModelsBuilt;
        private List<DropoutSite>? _dropoutSites;

        [System.ThreadStatic]
        private static Stack<IOperation>? t_pending;

        private bool _insideModelDefinition;

        /// <summary>The gate's decision for DG0001 and DG0003, kept once made (both rules ask, maybe on two threads; the answer is the same).</summary>
        private int _mayReportOrigins; // 0: not decided, 1: no, 2: yes

        /// <summary>The gate's decision if a rule has made it already.</summary>
        public bool? DecidedMayReportOrigins => System.Threading.Volatile.Read(ref _mayReportOrigins) switch
        {
            0 => null,
            var known => known == 2,
        };

        public bool RememberMayReportOrigins(bool decision)
        {
            System.Threading.Volatile.Write(ref _mayReportOrigins, decision ? 2 : 1);
            return decision;
        }

        /// <param name="insideModelDefinition">
        /// Inside a model definition only what DG0002–DG0004 read is collected (eval/train calls, dropout sites, models
        /// built); outside one only what the gate and DG0002 read (models made, training reached, eval/train calls).
        /// </param>
        public static BlockFacts Collect(ImmutableArray<IOperation> blocks, TorchSharpTypes types, DropoutGuardOptions options, bool insideModelDefinition)
        {
            var facts = new BlockFacts { _insideModelDefinition = insideModelDefinition };
            var pending = t_pending ?? new Stack<IOperation>();
            t_pending = null; // a nested Collect on this thread gets a stack of its own
            foreach (var block in blocks)
                pending.Push(block);
            while (pending.Count > 0)
            {
                var operation = pending.Pop();
                facts.Visit(operation, types, options);
                if (facts.MayMakeModels && facts.MayReachTraining && !insideModelDefinition)
                {
                    facts.StoppedEarly = true;
                    pending.Clear();
                    break;
                }
                foreach (var child in operation.ChildOperations)
                {
                    if (!IsLeafWithoutFacts(child.Kind))
                        pending.Push(child);
                }
            }
            t_pending = pending;
            return facts;
        }

        /// <summary>The commonest operations: no children and nothing <see cref="Visit"/> reads, so they are never pushed.</summary>
        private static bool IsLeafWithoutFacts(OperationKind kind)
            => kind is OperationKind.Literal or OperationKind.LocalReference or OperationKind.ParameterReference
                or OperationKind.InstanceReference or OperationKind.DefaultValue or OperationKind.TypeOf;

        /// <remarks>By kind rather than by type tests: most operations are none of these and leave at once.</remarks>
        private void Visit(IOperation operation, TorchSharpTypes types, DropoutGuardOptions options)
        {
            switch (operation.Kind)
            {
                case OperationKind.ObjectCreation:
                    VisitCreation((IObjectCreationOperation)operation, types, options);
                    break;
                case OperationKind.Invocation:
                    VisitInvocation((IInvocationOperation)operation, types, options);
                    break;
                case OperationKind.SimpleAssignment when !_insideModelDefinition && !MayReachTraining:
                    // Into a member of this (other members may train it) or of a trainer (trainer.Reference = m).
                    if (operation is ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } assignment && IsModelLike(assignment.Value.Type, types)
                        && (member.Instance is null or IInstanceReferenceOperation || IsTrainingType(member.Instance.Type, options) || IsTrainingName(member.Member.Name, options)))
                    {
                        MayReachTraining = true;
                    }
                    break;
                case OperationKind.FieldInitializer or OperationKind.PropertyInitializer when !_insideModelDefinition:
                    MayReachTraining = true;
                    break;
                case OperationKind.LocalFunction when !_insideModelDefinition && IsTrainingName(((ILocalFunctionOperation)operation).Symbol.Name, options):
                    MayReachTraining = true; // void TrainSft() { … } inside another method
                    break;
            }
        }

        private void VisitCreation(IObjectCreationOperation creation, TorchSharpTypes types, DropoutGuardOptions options)
        {
            if (types.IsUserModuleType(creation.Type))
            {
                MayMakeModels = true;
                if (_insideModelDefinition)
                    (_userModelsBuilt ??= new List<ITypeSymbol>()).Add(creation.Type!.OriginalDefinition);
            }
            if (!_insideModelDefinition && !MayReachTraining && (IsTrainingType(creation.Type, options) || HandsModels(creation.Constructor, creation.Arguments, types)))
                MayReachTraining = true;
        }

        private void VisitInvocation(IInvocationOperation invocation, TorchSharpTypes types, DropoutGuardOptions options)
        {
            var method = invocation.TargetMethod;
            if (method.Name == "eval" && method.Parameters.IsEmpty)
                EvalCalls++;
            else if (method.Name == "train" && method.Parameters.Length <= 1)
                TrainCalls++;
            if (_insideModelDefinition)
            {
                RecordDropoutSite(invocation, method, types);
                return;
            }
            // Once a flag is set, nothing in the rest of the block can unset it: skip its checks.
            if (!MayMakeModels && MayMakeModel(invocation, method, types))
                MayMakeModels = true;
            if (!MayReachTraining && (IsTrainingName(method.Name, options) || options.IsDisableMethod(method.Name)
                || IsTrainingType(method.ContainingType, options) || IsTrainingType(invocation.Instance?.Type, options)
                || HandsModels(method, invocation.Arguments, types)))
            {
                MayReachTraining = true;
            }
        }

        /// <summary>A call returning a module (not the receiver handed back), or a source method returning what may carry one.</summary>
        private static bool MayMakeModel(IInvocationOperation invocation, IMethodSymbol method, TorchSharpTypes types)
        {
            var type = invocation.Type;
            if (types.IsModule(type) || types.IsModule(types.AwaitedType(type)))
                return !ReturnsItsReceiver(invocation, types);
            return IsModelLike(type, types) && SourceMethods.HasBody(method);
        }

        /// <summary>
        /// <c>model.to(device)</c>, <c>model.eval()</c>, <c>model.load_py(path)</c>: a library method called on a model hands
        /// back that model, not a new one (as the flow analysis reads it).
        /// </summary>
        private static bool ReturnsItsReceiver(IInvocationOperation invocation, TorchSharpTypes types)
            => types.IsModule(InvocationReceiver.Of(invocation)?.Type) && !SourceMethods.HasBody(invocation.TargetMethod);

        /// <summary>A source method or constructor handed a model, a collection or another object: its summary may train them.</summary>
        private static bool HandsModels(IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments, TorchSharpTypes types)
        {
            if (method is null || arguments.IsEmpty || !(SourceMethods.HasBody(method) || SourceImplementations.IsDispatched(method)) || types.IsFromTorchSharp(method))
                return false;
            foreach (var argument in arguments)
            {
                if (IsModelLike(argument.Value.Type, types))
                    return true;
            }
            return false;
        }

        /// <summary>A module, a task of one, or an object that may carry one (not strings, tensors, numbers).</summary>
        private static bool IsModelLike(ITypeSymbol? type, TorchSharpTypes types)
            => type is not null && (types.IsModule(type) || types.IsModule(types.AwaitedType(type))
                || (type.IsReferenceType && type.SpecialType == SpecialType.None && !types.IsFromTorchSharp(type))
                || type.IsTupleType);

        private static bool IsTrainingName(string name, DropoutGuardOptions options) => TrainingPathResolver.IsTrainingName(name, options);

        private static bool IsTrainingType(ITypeSymbol? type, DropoutGuardOptions options)
            => TrainingPathResolver.FindTrainingType(type, options) is not null;

        /// <summary>Functional dropout and layers that take dropout only as a constructor argument: DG0003/DG0004 sites.</summary>
        private void RecordDropoutSite(IInvocationOperation invocation, IMethodSymbol method, TorchSharpTypes types)
        {
            var containing = method.ContainingType?.OriginalDefinition;
            if (SymbolEqualityComparer.Default.Equals(containing, types.Functional) && FunctionalDropouts.Contains(method.Name))
            {
                var probability = ArgumentFor(invocation, "p");
                var training = invocation.Arguments.Any(a => a.Parameter?.Name == "training" && a.ArgumentKind != ArgumentKind.DefaultValue);
                (_dropoutSites ??= new List<DropoutSite>()).Add(new DropoutSite(invocation, DropoutSiteKind.FunctionalDropout, ConstantFacts.IsZero(probability?.Value), training));
            }
            else if (SymbolEqualityComparer.Default.Equals(containing, types.Nn) && DropoutArgumentLayers.Contains(method.Name))
            {
                var dropout = ArgumentFor(invocation, "dropout");
                (_dropoutSites ??= new List<DropoutSite>()).Add(new DropoutSite(invocation, DropoutSiteKind.LayerArgument, dropout is null || ConstantFacts.IsZero(dropout.Value), passesTraining: false));
            }
        }

        private static IArgumentOperation? ArgumentFor(IInvocationOperation invocation, string parameterName)
            => invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == parameterName);
    }
}
