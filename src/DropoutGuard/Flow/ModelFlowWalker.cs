using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DropoutGuard.Objectives;
using DropoutGuard.Options;
using DropoutGuard.TrainingPaths;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// Walks one operation block in source order and tracks which model objects each local, parameter and member
    /// of <c>this</c> holds: where models are made (origins), where dropout is disabled, eval()/train() calls and the
    /// training sinks they reach, directly or carried by wrapper objects. Single-threaded; one instance per block.
    /// </summary>
    internal sealed partial class ModelFlowWalker
    {
        private readonly FlowServices _services;
        private readonly TorchSharpTypes _types;
        private readonly ModelCarriers _carriers;
        private readonly DropoutGuardOptions _options;
        private readonly int _depth;
        private readonly ISymbol _owningSymbol;
        private readonly ImmutableArray<IOperation> _blocks;
        private readonly ObjectiveFeeds _objectiveFeeds;
        private readonly Dictionary<ISymbol, ModelPlaceholder> _placeholders = new Dictionary<ISymbol, ModelPlaceholder>(SymbolEqualityComparer.Default);
        private readonly Dictionary<IOperation, ImmutableArray<ModelValue>> _enumeratedModules = new Dictionary<IOperation, ImmutableArray<ModelValue>>();
        private readonly Stack<ISymbol> _enclosing = new Stack<ISymbol>();
        private readonly Stack<ImmutableArray<ModelValue>> _conditionalAccessInstances = new Stack<ImmutableArray<ModelValue>>();
        private readonly Stack<List<ModelValue>> _functionReturns = new Stack<List<ModelValue>>();
        private readonly List<ModelOrigin> _origins = new List<ModelOrigin>();
        private ImmutableArray<ModelValue> _returned = ValueSet.Empty;
        private ModelPlaceholder? _this;
        private int _functionDepth;

        private ModelFlowWalker(FlowServices services, DropoutGuardOptions options, ISymbol owningSymbol, ImmutableArray<IOperation> blocks, int depth)
        {
            _blocks = blocks;
            _services = services;
            _types = services.Types;
            _carriers = services.Carriers;
            _options = options;
            _owningSymbol = owningSymbol;
            _depth = depth;
            _objectiveFeeds = ObjectiveDetector.Find(services, options, blocks, owningSymbol);
            _enclosing.Push(owningSymbol);
        }

        public static ModelFlowResult Analyze(FlowServices services, ImmutableArray<IOperation> blocks, ISymbol owningSymbol, int depth)
        {
            var tree = blocks.IsDefaultOrEmpty ? null : blocks[0].Syntax.SyntaxTree;
            var walker = new ModelFlowWalker(services, services.Options.For(tree), owningSymbol, blocks, depth);
            foreach (var block in blocks)
                walker.Eval(block);
            return new ModelFlowResult(
                owningSymbol,
                walker._origins.ToImmutableArray(),
                walker._placeholders,
                walker._this,
                walker._returned,
                walker._returnedElements?.ToImmutableArray() ?? ImmutableArray<ImmutableArray<ModelValue>>.Empty,
                blocks);
        }

        /// <remarks>
        /// Dispatched by kind, not by type tests: an operation reaching the last of a chain of interface tests pays for every
        /// test before it, and this runs for every operation of every walked block.
        /// </remarks>
        private ImmutableArray<ModelValue> Eval(IOperation? operation)
        {
            if (operation is null)
                return ValueSet.Empty;
            switch (operation.Kind)
            {
                case OperationKind.Conversion:
                    return Eval(((IConversionOperation)operation).Operand);
                case OperationKind.LocalReference:
                    var local = (ILocalReferenceOperation)operation;
                    return Read(local.Local, local.Type);
                case OperationKind.ParameterReference:
                    var parameter = (IParameterReferenceOperation)operation;
                    return Read(parameter.Parameter, parameter.Type);
                case OperationKind.InstanceReference:
                    return EvalInstanceReference((IInstanceReferenceOperation)operation);
                case OperationKind.FieldReference:
                    var field = (IFieldReferenceOperation)operation;
                    return EvalMemberReference(field, field.Field, field.Instance);
                case OperationKind.PropertyReference:
                    var property = (IPropertyReferenceOperation)operation;
                    EvalAll(property.Arguments);
                    return EvalMemberReference(property, property.Property, property.Instance);
                case OperationKind.ConditionalAccess:
                    return EvalConditionalAccess((IConditionalAccessOperation)operation);
                case OperationKind.ConditionalAccessInstance:
                    return _conditionalAccessInstances.Count > 0 ? _conditionalAccessInstances.Peek() : ValueSet.Empty;
                case OperationKind.ObjectCreation:
                    return EvalCreation((IObjectCreationOperation)operation);
                case OperationKind.Invocation:
                    return EvalInvocation((IInvocationOperation)operation);
                case OperationKind.Await:
                    return Eval(((IAwaitOperation)operation).Operation);
                case OperationKind.SimpleAssignment:
                    return EvalAssignment((ISimpleAssignmentOperation)operation);
                case OperationKind.VariableDeclarator:
                    return EvalDeclarator((IVariableDeclaratorOperation)operation);
                case OperationKind.FieldInitializer:
                    var fieldInitializer = (IFieldInitializerOperation)operation;
                    return StoreAll(fieldInitializer.InitializedFields, Eval(fieldInitializer.Value));
                case OperationKind.PropertyInitializer:
                    var propertyInitializer = (IPropertyInitializerOperation)operation;
                    return StoreAll(propertyInitializer.InitializedProperties, Eval(propertyInitializer.Value));
                case OperationKind.Conditional:
                    return EvalConditional((IConditionalOperation)operation);
                case OperationKind.Coalesce:
                    return EvalCoalesce((ICoalesceOperation)operation);
                case OperationKind.CoalesceAssignment:
                    return EvalCoalesceAssignment((ICoalesceAssignmentOperation)operation);
                case OperationKind.SwitchExpression:
                    return EvalSwitchExpression((ISwitchExpressionOperation)operation);
                case OperationKind.DeconstructionAssignment:
                    return EvalDeconstruction((IDeconstructionAssignmentOperation)operation);
                case OperationKind.ArrayCreation or OperationKind.ArrayInitializer or OperationKind.Tuple:
                    return EvalElements(operation);
                case OperationKind.ArrayElementReference:
                    return EvalChildren(operation, ((IArrayElementReferenceOperation)operation).ArrayReference);
                case OperationKind.Loop:
                    return operation is IForEachLoopOperation forEach ? EvalForEach(forEach) : EvalLoop((ILoopOperation)operation);
                case OperationKind.Switch:
                    return EvalSwitch((ISwitchOperation)operation);
                case OperationKind.Try:
                    return EvalTry((ITryOperation)operation);
                case OperationKind.Return or OperationKind.YieldReturn or OperationKind.YieldBreak:
                    return EvalReturn((IReturnOperation)operation);
                case OperationKind.Throw:
                    return EndOfPath(operation);
                case OperationKind.AnonymousFunction:
                    return EvalLambda((IAnonymousFunctionOperation)operation);
                case OperationKind.LocalFunction:
                    return EvalLocalFunction((ILocalFunctionOperation)operation);
                case OperationKind.Argument:
                    return Eval(((IArgumentOperation)operation).Value);
                case OperationKind.DelegateCreation:
                    return Eval(((IDelegateCreationOperation)operation).Target);
                case OperationKind.Literal or OperationKind.Block or OperationKind.ExpressionStatement or OperationKind.VariableDeclarationGroup
                    or OperationKind.VariableDeclaration or OperationKind.Binary or OperationKind.Unary or OperationKind.CompoundAssignment
                    or OperationKind.Increment or OperationKind.Decrement or OperationKind.InterpolatedString or OperationKind.TypeOf
                    or OperationKind.DefaultValue or OperationKind.NameOf or OperationKind.IsType or OperationKind.IsPattern
                    or OperationKind.Empty or OperationKind.Branch:
                    // The commonest operations hold no model themselves and are never a collection expression: straight to
                    // their children, without the syntax test below.
                    return EvalChildren(operation);
                case var _ when operation.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.CollectionExpressionSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.SpreadElementSyntax:
                    // C# 12 collection expressions and their spreads (an operation kind newer than Roslyn 4.8) carry their elements.
                    return EvalElements(operation);
                default:
                    return EvalChildren(operation);
            }
        }

        // The cases that evaluate under a branch or in a function, each in its own method: a lambda in Eval itself would
        // make every call of Eval allocate the closure's captures, whichever case runs.
        private ImmutableArray<ModelValue> EvalConditionalAccess(IConditionalAccessOperation conditionalAccess)
        {
            _conditionalAccessInstances.Push(Eval(conditionalAccess.Operation));
            try
            {
                return MayRun(() => Eval(conditionalAccess.WhenNotNull));
            }
            finally
            {
                _conditionalAccessInstances.Pop();
            }
        }

        private ImmutableArray<ModelValue> EvalCoalesce(ICoalesceOperation coalesce)
            => MergeArms(coalesce, ValueSet.Union(Eval(coalesce.Value), MayRun(() => Eval(coalesce.WhenNull))));

        private ImmutableArray<ModelValue> EvalCoalesceAssignment(ICoalesceAssignmentOperation coalesceAssignment)
            => AssignTo(coalesceAssignment.Target, MayRun(() => Eval(coalesceAssignment.Value)), strong: false);

        private ImmutableArray<ModelValue> EvalSwitchExpression(ISwitchExpressionOperation switchExpression)
        {
            Eval(switchExpression.Value);
            return MergeArms(switchExpression, Alternatives(false, switchExpression.Arms.Select(arm => (System.Func<ImmutableArray<ModelValue>>)(() => EvalChildren(arm, arm.Value))).ToArray()));
        }

        private ImmutableArray<ModelValue> EvalLoop(ILoopOperation loop) => MayRun(() => EvalChildren(loop));

        private ImmutableArray<ModelValue> EvalSwitch(ISwitchOperation switchOperation)
        {
            Eval(switchOperation.Value);
            return Alternatives(
                !switchOperation.Cases.Any(c => c.Clauses.Any(clause => clause.CaseKind == CaseKind.Default)),
                switchOperation.Cases.Select(c => (System.Func<ImmutableArray<ModelValue>>)(() => EvalChildren(c))).ToArray());
        }

        private ImmutableArray<ModelValue> EvalLambda(IAnonymousFunctionOperation lambda) => InFunction(lambda.Symbol, () => Eval(lambda.Body));

        private ImmutableArray<ModelValue> EvalLocalFunction(ILocalFunctionOperation localFunction)
        {
            InFunction(localFunction.Symbol, () => EvalChildren(localFunction));
            return ValueSet.Empty;
        }

        private ImmutableArray<ModelValue> EvalChildren(IOperation operation)
        {
            foreach (var child in operation.ChildOperations)
                Eval(child);
            return ValueSet.Empty;
        }

        /// <summary>Evaluates every child, returning what <paramref name="result"/> (one of them) evaluates to.</summary>
        private ImmutableArray<ModelValue> EvalChildren(IOperation operation, IOperation result)
        {
            var values = ValueSet.Empty;
            foreach (var child in operation.ChildOperations)
            {
                var childValues = Eval(child);
                if (child == result)
                    values = childValues;
            }
            return values;
        }

        private void EvalAll(ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
                Eval(argument);
        }

        /// <summary>A lambda or local function body: may run any number of times; returns what it returns.</summary>
        private ImmutableArray<ModelValue> InFunction(ISymbol symbol, System.Func<ImmutableArray<ModelValue>> evaluate)
        {
            _functionDepth++;
            _enclosing.Push(symbol);
            _functionReturns.Push(new List<ModelValue>());
            try
            {
                MayRun(evaluate);
                return _functionReturns.Peek().ToImmutableArray();
            }
            finally
            {
                _functionReturns.Pop();
                _enclosing.Pop();
                _functionDepth--;
            }
        }

        private ISymbol CurrentEnclosingSymbol => _enclosing.Peek();

        private ImmutableArray<ModelValue> Read(ISymbol symbol, ITypeSymbol? type)
        {
            if (Environment.TryGetValue(symbol, out var values))
                return values;
            if (symbol is ILocalSymbol || !(_types.IsModule(type) || (symbol is IParameterSymbol && _types.IsModuleCollection(type))))
                return ValueSet.Empty;
            // The value a parameter or member holds on entry is one model, whichever branch first reads it.
            if (!_placeholders.TryGetValue(symbol, out var placeholder))
            {
                placeholder = new ModelPlaceholder(symbol is IParameterSymbol ? PlaceholderKind.Parameter : PlaceholderKind.Member, symbol);
                _placeholders[symbol] = placeholder;
            }
            values = ValueSet.Of(placeholder);
            SetVariable(symbol, values);
            return values;
        }

        private ImmutableArray<ModelValue> EvalInstanceReference(IInstanceReferenceOperation instance)
        {
            if (instance.ReferenceKind != InstanceReferenceKind.ContainingTypeInstance || !_types.IsModule(instance.Type))
                return ValueSet.Empty;
            _this ??= new ModelPlaceholder(PlaceholderKind.This, null);
            return ValueSet.Of(_this);
        }

        private ImmutableArray<ModelValue> EvalMemberReference(IOperation reference, ISymbol member, IOperation? instance)
        {
            if (IsOwnMember(instance))
                return Read(member, reference.Type);
            if (PartOf(member, instance) is { } part)
                return part;
            // A member of another object: a part of a model, or a model a wrapper carries (pipeline.Model).
            var carrier = Eval(instance);
            return IsModelOrCarrier(reference.Type) ? carrier : ValueSet.Empty;
        }

        private static bool IsOwnMember(IOperation? instance)
            => instance is null || instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };

        private bool IsModelOrCarrier(ITypeSymbol? type)
            => type is not null && (_types.IsModule(type) || _carriers.IsCarrier(type));

        private ImmutableArray<ModelValue> EvalDeclarator(IVariableDeclaratorOperation declarator)
        {
            var initializer = declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer;
            var values = EvalStoredValue(declarator.Symbol, initializer?.Value);
            Store(declarator.Symbol, values, strong: true);
            return values;
        }

        private ImmutableArray<ModelValue> EvalAssignment(ISimpleAssignmentOperation assignment)
        {
            if (StorageOf(assignment.Target) is { } storage)
                return AssignTo(assignment.Target, EvalStoredValue(storage, assignment.Value), strong: true);
            switch (assignment.Target)
            {
                case IMemberReferenceOperation member:
                    Eval(member.Instance);
                    var values = Eval(assignment.Value);
                    if (!IsTrainingHandOver(member, member.Member, member.Instance?.Type, values) && StorageOf(member.Instance) is { } holder)
                        Store(holder, values, strong: false);
                    return values;
                default:
                    Eval(assignment.Target);
                    return Eval(assignment.Value);
            }
        }

        /// <summary>
        /// Assigning a model into another object is a training sink when that object is a trainer (<c>trainer.Reference = m</c>);
        /// otherwise the object carries the model (<c>pipeline.Model = m</c>).
        /// </summary>
        private bool IsTrainingHandOver(IOperation site, ISymbol member, ITypeSymbol? instanceType, ImmutableArray<ModelValue> values)
        {
            var trainingType = FindTrainingType(instanceType) ?? FindTrainingType(member.ContainingType);
            if (trainingType is null && !IsTrainingName(member.Name))
                return false;
            AddSink(values, new TrainingSink(site, (trainingType?.Name ?? member.ContainingType.Name) + "." + member.Name));
            return true;
        }

        /// <summary>The local, parameter or member of this that holds the object an expression reads, if any.</summary>
        private static ISymbol? StorageOf(IOperation? operation)
            => operation switch
            {
                IConversionOperation conversion => StorageOf(conversion.Operand),
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                IMemberReferenceOperation member when IsOwnMember(member.Instance) => member.Member,
                _ => null,
            };

        /// <summary>Branches work on their own copies of the state, so an assignment replaces what the target held.</summary>
        private ImmutableArray<ModelValue> AssignTo(IOperation target, ImmutableArray<ModelValue> values, bool strong)
        {
            if (StorageOf(target) is { } storage)
                Store(storage, values, strong);
            return values;
        }

        private ImmutableArray<ModelValue> StoreAll<TMember>(ImmutableArray<TMember> members, ImmutableArray<ModelValue> values)
            where TMember : ISymbol
        {
            foreach (var member in members)
                Store(member, values, strong: true);
            return values;
        }

        private void Store(ISymbol target, ImmutableArray<ModelValue> values, bool strong)
        {
            // Most stores are of values that hold no model into locals that never did: nothing to record.
            if (values.IsEmpty && target is ILocalSymbol && !Environment.ContainsKey(target))
                return;
            // A wrapper stored here carries the model but is not its name ("pipeline" holds a model, it is not one).
            bool? holdsModel = null;
            foreach (var value in values)
            {
                if (value is not ModelOrigin { Target: null } origin)
                    continue;
                holdsModel ??= _types.IsModule(SymbolTypes.Of(target));
                if (origin.ModelType is null || holdsModel.Value)
                    origin.Target = target;
            }
            if (!strong && Environment.TryGetValue(target, out var existing))
                values = ValueSet.Union(existing, values);
            SetVariable(target, values);
        }

        /// <summary><c>var (policy, reference) = (new Gpt(), new Gpt());</c> assigns element by element.</summary>
        private ImmutableArray<ModelValue> EvalDeconstruction(IDeconstructionAssignmentOperation deconstruction)
        {
            var target = deconstruction.Target is IDeclarationExpressionOperation declaration ? declaration.Expression : deconstruction.Target;
            if (target is not ITupleOperation targets)
                return EvalChildren(deconstruction);
            var elements = DeconstructedElements(deconstruction.Value, targets.Elements.Length);
            for (var i = 0; i < targets.Elements.Length; i++)
                AssignTo(targets.Elements[i], elements[i], strong: true);
            return ValueSet.Empty;
        }

        /// <summary>Arrays of models carry them: <c>new[] { policy, reference }</c>.</summary>
        private ImmutableArray<ModelValue> EvalElements(IOperation operation)
        {
            var carried = ValueSet.Empty;
            foreach (var child in operation.ChildOperations)
                carried = ValueSet.Union(carried, Eval(child));
            return carried;
        }

        private ImmutableArray<ModelValue> EvalConditional(IConditionalOperation conditional)
        {
            Eval(conditional.Condition);
            var arms = conditional.WhenFalse is { } whenFalse
                ? Alternatives(false, () => Eval(conditional.WhenTrue), () => Eval(whenFalse))
                : MayRun(() => Eval(conditional.WhenTrue));
            if (conditional.Type is null || conditional.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.IfStatementSyntax)
                return ValueSet.Empty;
            return MergeArms(conditional, arms);
        }

        /// <summary>A conditional whose arms are origins made right there is one origin, reported on the whole expression.</summary>
        private ImmutableArray<ModelValue> MergeArms(IOperation conditional, ImmutableArray<ModelValue> arms)
        {
            var armOrigins = arms.OfType<ModelOrigin>().Where(origin => conditional.Syntax.Span.Contains(origin.Operation.Syntax.Span)).ToList();
            if (armOrigins.Count < 2)
                return arms;
            var merged = armOrigins[0];
            merged.Operation = conditional;
            merged.DisabledAtCreation = armOrigins.All(origin => origin.DisabledAtCreation);
            merged.EvalAtCreation = armOrigins.All(origin => origin.EvalAtCreation || origin.DisabledAtCreation) && !merged.DisabledAtCreation;
            merged.NonZeroDropoutArgument = armOrigins.Select(origin => origin.NonZeroDropoutArgument).FirstOrDefault(argument => argument is not null);
            foreach (var other in armOrigins.Skip(1))
            {
                _origins.Remove(other);
                merged.Submodules.AddRange(other.Submodules);
            }
            return arms.Where(value => !armOrigins.Contains(value) || value == merged).ToImmutableArray();
        }

        private ImmutableArray<ModelValue> EvalReturn(IReturnOperation returnOperation)
        {
            ImmutableArray<ModelValue> values;
            if (_functionDepth == 0)
            {
                values = EvalReturnedElements(returnOperation.ReturnedValue);
                _returned = ValueSet.Union(_returned, values);
            }
            else
            {
                values = Eval(returnOperation.ReturnedValue);
                _functionReturns.Peek().AddRange(values);
            }
            if (returnOperation.Kind != OperationKind.YieldReturn)
                _environment = null;
            return values;
        }

        private ImmutableArray<ModelValue> EvalForEach(IForEachLoopOperation forEach)
        {
            var elements = Eval(forEach.Collection);
            var enumerated = EnumeratedModules(forEach.Collection);
            if (!enumerated.IsEmpty && DisablesDropoutInBody(forEach.Body))
                Disable(enumerated, forEach);
            return MayRun(() =>
            {
                // foreach (var m in new[] { policy, reference }): each model the collection carries passes through m.
                if (forEach.LoopControlVariable is IVariableDeclaratorOperation variable)
                    Store(variable.Symbol, elements, strong: true);
                Eval(forEach.Body);
                return ValueSet.Empty;
            });
        }

        /// <summary>The models whose <c>modules()</c>/<c>children()</c>… the collection enumerates, through LINQ calls.</summary>
        private ImmutableArray<ModelValue> EnumeratedModules(IOperation collection)
        {
            for (var current = collection; current is not null;)
            {
                switch (current)
                {
                    case IConversionOperation conversion:
                        current = conversion.Operand;
                        break;
                    case IInvocationOperation invocation when _enumeratedModules.TryGetValue(invocation, out var values):
                        return values;
                    case IInvocationOperation invocation:
                        current = invocation.Instance ?? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
                        break;
                    default:
                        return ValueSet.Empty;
                }
            }
            return ValueSet.Empty;
        }

        private bool DisablesDropoutInBody(IOperation body)
            => ContainsZeroDropoutAssignment(body) || CallsOwningMethodThatZeroesDropout(body);

        /// <summary>Recursive helpers: <c>foreach (var c in m.children()) Disable(c);</c> in a method that sets p = 0.</summary>
        private bool CallsOwningMethodThatZeroesDropout(IOperation body)
        {
            if (_owningSymbol is not IMethodSymbol owner)
                return false;
            return body.Descendants().OfType<IInvocationOperation>().Any(invocation =>
                       SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.OriginalDefinition, owner.OriginalDefinition))
                && _blocks.Any(ContainsZeroDropoutAssignment);
        }

        private bool ContainsZeroDropoutAssignment(IOperation root) => DropoutAssignments.ContainsZeroAssignment(root, _types);

        private void Disable(ImmutableArray<ModelValue> values, IOperation site)
        {
            if (values.IsEmpty)
                return;
            System.Action<ModelValue> disable = v => v.Disables.Add(site);
            foreach (var value in values)
                Visit(value, disable);
        }

        private void AddSink(ImmutableArray<ModelValue> values, TrainingSink sink)
        {
            if (values.IsEmpty)
                return;
            System.Action<ModelValue> add = v => v.Sinks.Add(sink);
            foreach (var value in values)
                Visit(value, add);
        }

        /// <summary>Applies an event to a model and, recursively, to the submodules it was built from.</summary>
        private static void Visit(ModelValue value, System.Action<ModelValue> action)
        {
            action(value);
            if (value.Submodules.Count > 0)
                VisitSubmodules(value, action, new HashSet<ModelValue> { value });
        }

        private static void VisitSubmodules(ModelValue value, System.Action<ModelValue> action, HashSet<ModelValue> seen)
        {
            foreach (var submodule in value.Submodules)
            {
                if (!seen.Add(submodule))
                    continue;
                action(submodule);
                VisitSubmodules(submodule, action, seen);
            }
        }

        private ModelOrigin NewOrigin(IOperation operation, ITypeSymbol? modelType)
        {
            var origin = new ModelOrigin(operation, modelType, CurrentEnclosingSymbol);
            _origins.Add(origin);
            return origin;
        }

        private bool IsTrainingName(string name) => TrainingPathResolver.IsTrainingName(name, _options);

        private INamedTypeSymbol? FindTrainingType(ITypeSymbol? type) => TrainingPathResolver.FindTrainingType(type, _options);
    }
}
