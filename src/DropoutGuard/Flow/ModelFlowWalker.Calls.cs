using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Flow
{
    /// <summary>Creations, invocations and awaits: where models are made, handed over, disabled and put in training.</summary>
    internal sealed partial class ModelFlowWalker
    {
        private static readonly ImmutableHashSet<string> ModuleEnumerations = ImmutableHashSet.Create("modules", "named_modules", "children", "named_children");
        private static readonly ImmutableHashSet<string> ContainerFactories = ImmutableHashSet.Create("Sequential", "ModuleList", "ModuleDict");

        private ImmutableArray<ModelValue> EvalCreation(IObjectCreationOperation creation)
        {
            var arguments = EvalArguments(creation.Arguments);
            var type = creation.Type;
            var result = ValueSet.Empty;
            if (_types.IsUserModuleType(type))
            {
                var origin = NewOrigin(creation, type);
                foreach (var value in arguments.All())
                {
                    if (!origin.Submodules.Contains(value))
                        origin.Submodules.Add(value);
                }
                ApplyDropoutArguments(origin, creation.Arguments);
                if (creation.Constructor is { } constructor
                    && _services.ConstructorsThatMayDisable.GetOrAdd((constructor.OriginalDefinition, _options), key => DisablingVocabulary.ConstructorMayDisable(key.Constructor, key.Options))
                    && _services.Summaries.Get(constructor, _depth + 1).DisablesThis)
                    origin.DisabledAtCreation = true;
                result = ValueSet.Of(origin);
            }
            else if (FindTrainingType(type) is { } trainingType)
            {
                ApplyParameterSummary(creation, creation.Constructor, arguments);
                AddSink(arguments.All(), new TrainingSink(creation, trainingType.Name + "(…)"));
            }
            else if (_carriers.IsCarrier(type))
            {
                ApplyParameterSummary(creation, creation.Constructor, arguments);
                result = arguments.All();
            }

            var initialized = new List<(string, ImmutableArray<ModelValue>)>();
            if (creation.Initializer is { } initializer)
                result = ValueSet.Union(result, EvalInitializer(initializer, type, initialized));
            if (_carriers.IsCarrier(type))
                RecordCreationParts(creation, arguments, initialized);
            return result;
        }

        /// <summary>
        /// <c>new Trainer { Reference = model }</c> hands the model to a trainer; <c>new Pipeline { Model = model }</c> makes
        /// the new object carry it. Returns what the new object carries.
        /// </summary>
        private ImmutableArray<ModelValue> EvalInitializer(IObjectOrCollectionInitializerOperation initializer, ITypeSymbol? createdType, List<(string, ImmutableArray<ModelValue>)> initialized)
        {
            var carried = ValueSet.Empty;
            foreach (var element in initializer.Initializers)
            {
                if (element is ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } assignment)
                {
                    var values = Eval(assignment.Value);
                    if (!IsTrainingHandOver(assignment, member.Member, createdType, values) && _carriers.IsCarrier(createdType))
                    {
                        carried = ValueSet.Union(carried, values);
                        if (member.Member is not IPropertySymbol { IsIndexer: true })
                            initialized.Add((member.Member.Name, values));
                    }
                }
                else if (element is IInvocationOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } } add
                    && _carriers.IsCarrier(createdType))
                {
                    // Collection initializer: new List<nn.Module> { policy, reference } holds the models it adds.
                    carried = ValueSet.Union(carried, EvalArguments(add.Arguments).All());
                }
                else
                {
                    Eval(element);
                }
            }
            return carried;
        }

        private ImmutableArray<ModelValue> EvalInvocation(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var instance = invocation.Instance is null ? ValueSet.Empty : Eval(invocation.Instance);
            var arguments = EvalArguments(invocation.Arguments, SourceMethods.HasBody(method) ? default : instance);
            var receiverType = InvocationReceiver.Of(invocation)?.Type;
            var receiver = invocation.Instance is not null ? instance
                : method.IsExtensionMethod && invocation.Arguments.Length > 0 ? arguments.ValuesAt(0) : ValueSet.Empty;
            var receiverIsModule = _types.IsModule(receiverType); // null when the call has no receiver

            // x.ConfigureAwait(…) and a delegate call return what the task or the delegate's lambda carries.
            if (method.MethodKind == MethodKind.DelegateInvoke && !instance.IsEmpty)
                return EvalDelegateCall(invocation, method, instance);
            if (method.Name == "ConfigureAwait" && _types.AwaitedType(receiverType) is not null)
                return instance;
            foreach (var feed in _objectiveFeeds.At(invocation.Syntax))
                AddSink(feed.Ordinal < 0 ? instance : arguments.ValuesAt(feed.Ordinal), new TrainingSink(invocation, feed.Display, feed.Role));

            if (_options.IsDisableMethod(method.Name))
            {
                var disabled = ValueSet.Union(instance, arguments.All());
                Disable(disabled, invocation);
                return _types.IsModule(invocation.Type) ? (receiver.IsEmpty ? disabled : receiver) : ValueSet.Empty;
            }

            if (receiverIsModule && HandleModuleCall(invocation, method, receiver, arguments) is { } moduleResult)
                return moduleResult;

            if (method.MethodKind == MethodKind.Constructor)
            {
                // base(...) / this(...) initializers: the chained constructor may disable this.
                if (invocation.Instance is IInstanceReferenceOperation && _services.Summaries.Get(method, _depth + 1).DisablesThis)
                    Disable(instance, invocation);
                return ValueSet.Empty;
            }

            var isTrainingSink = IsTrainingSink(method, receiverType);
            if (isTrainingSink)
            {
                var trained = ValueSet.Union(receiver, arguments.All());
                if (!trained.IsEmpty)
                    AddSink(trained, new TrainingSink(invocation, TrainingSinkDisplay(method, receiverType)));
            }
            else if (IsCollection(invocation.Instance?.Type) && StorageOf(invocation.Instance) is { } collection)
                Store(collection, arguments.All(), strong: false); // models.Add(policy): the collection now holds it

            var isDispatched = SourceImplementations.IsDispatched(method);
            if (SourceMethods.HasBody(method) && !isDispatched)
                return MayMatter(invocation, instance, arguments) ? ApplySummary(invocation, method, instance, arguments) : ValueSet.Empty;
            if (isDispatched && MayMatter(invocation, instance, arguments) && DispatchedSummary(invocation, method, instance, arguments) is { } dispatched)
                return dispatched;

            var returnedModule = ReturnedModuleType(invocation);
            if (returnedModule is not null)
            {
                if (receiverIsModule)
                    return receiver;
                // A library call handed a model returns that model (Task.FromResult(model), identity-like generics).
                var handed = arguments.All();
                if (!handed.IsEmpty)
                    return handed;
                return CreatesModel(invocation, method) ? ValueSet.Of(NewCallOrigin(invocation, returnedModule, method)) : ValueSet.Empty;
            }

            // A library factory that builds an object from a model (CausalLMPipeline.Create(tokenizer, model)) carries it.
            return !isTrainingSink && !_types.IsFromTorchSharp(method) && _carriers.IsCarrier(invocation.Type)
                ? arguments.All()
                : ValueSet.Empty;
        }

        /// <summary>Calls on a model: eval/train, apply, enumeration of submodules, and the calls that return the same object.</summary>
        private ImmutableArray<ModelValue>? HandleModuleCall(IInvocationOperation invocation, IMethodSymbol method, ImmutableArray<ModelValue> receiver, ArgumentValues arguments)
        {
            switch (method.Name)
            {
                case "eval" when method.Parameters.IsEmpty:
                    foreach (var value in receiver)
                        Visit(value, v => v.Evals.Add(invocation));
                    return ValueSet.Empty;
                case "train" when method.Parameters.Length <= 1:
                    RecordTrain(invocation, receiver);
                    return ValueSet.Empty;
                case "apply":
                    if (invocation.Arguments.Any(argument => AppliesDropoutDisabling(argument.Value)))
                        Disable(receiver, invocation);
                    return receiver;
                case var name when ModuleEnumerations.Contains(name):
                    _enumeratedModules[invocation] = receiver;
                    return ValueSet.Empty;
            }
            if (SourceMethods.HasBody(method))
                return null;
            return _types.IsModule(invocation.Type) ? receiver : null;
        }

        /// <summary>Matched by position: Module's parameter is <c>train</c>, Sequential's and script modules' is <c>on</c>.</summary>
        private void RecordTrain(IInvocationOperation invocation, ImmutableArray<ModelValue> receiver)
        {
            var argument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0);
            var mode = argument is null ? true : ConstantFacts.TryGetBool(argument.Value);
            foreach (var value in receiver)
            {
                Visit(value, v =>
                {
                    if (mode == true)
                        v.Trains.Add(invocation);
                    else if (mode == false)
                        v.Evals.Add(invocation);
                    else
                        v.UnknownTrains.Add(invocation);
                });
            }
        }

        /// <summary><c>apply(m => { if (m is Dropout d) d.p = 0; })</c> or <c>apply(SomeMethodThatDoesThat)</c>.</summary>
        private bool AppliesDropoutDisabling(IOperation argument)
        {
            var target = argument is IDelegateCreationOperation creation ? creation.Target : argument;
            return target switch
            {
                IAnonymousFunctionOperation lambda => ContainsZeroDropoutAssignment(lambda.Body),
                IMethodReferenceOperation reference => SourceMethods.HasBody(reference.Method) && _services.Summaries.Get(reference.Method, _depth + 1).AssignsZeroDropout,
                _ => false,
            };
        }

        /// <summary>
        /// A call through a virtual, abstract or interface slot with bodies in source: judged as the body the call names would be,
        /// but a model only counts as made here when some body behind the slot returns one with dropout on; a body that
        /// reports its own model (on a training path) leaves nothing to report at the call.
        /// </summary>
        private ImmutableArray<ModelValue>? DispatchedSummary(IInvocationOperation invocation, IMethodSymbol method, ImmutableArray<ModelValue> instance, ArgumentValues arguments)
        {
            var bodies = _services.Implementations.Of(method);
            if (SourceMethods.HasBody(method))
                bodies = bodies.Add(SourceMethods.Definition(method));
            if (bodies.IsEmpty)
                return null;
            var fresh = ReturnedFresh.None;
            foreach (var body in bodies)
            {
                var returned = _services.Summaries.Get(body, _depth + 1).Returned;
                if (returned == ReturnedFresh.Enabled || (returned == ReturnedFresh.EvalOnly && fresh != ReturnedFresh.Enabled))
                    fresh = returned;
            }
            var named = SourceMethods.HasBody(method) ? method : bodies[0];
            return ApplySummary(invocation, named, instance, arguments, fresh);
        }

        /// <summary>
        /// A source method returning a tuple of models it made: one model per element, all reported at the call, kept
        /// apart so that <c>var (policy, reference) = LoadPair();</c> disables each on its own.
        /// </summary>
        private ImmutableArray<ModelValue> ElementOrigins(IInvocationOperation invocation, IMethodSymbol method, ImmutableArray<ReturnedFresh> byElement)
        {
            var tupleType = (_types.AwaitedType(invocation.Type) ?? invocation.Type) as INamedTypeSymbol;
            var elements = new List<ImmutableArray<ModelValue>>(byElement.Length);
            for (var i = 0; i < byElement.Length; i++)
            {
                var element = ValueSet.Empty;
                if (byElement[i] is ReturnedFresh.Enabled or ReturnedFresh.EvalOnly)
                {
                    var elementType = tupleType is { IsTupleType: true } && i < tupleType.TupleElements.Length ? tupleType.TupleElements[i].Type : null;
                    var origin = NewCallOrigin(invocation, elementType, method);
                    origin.EvalAtCreation = byElement[i] == ReturnedFresh.EvalOnly;
                    element = ValueSet.Of(origin);
                }
                elements.Add(element);
            }
            var parts = TupleParts(elements);
            _partsOfCreation[invocation] = parts;
            if (AwaitOf(invocation) is { } awaited)
                _partsOfCreation[awaited] = parts;
            return elements.Aggregate(ValueSet.Empty, ValueSet.Union);
        }

        /// <summary>
        /// <c>Func&lt;Gpt&gt; make = () =&gt; new Gpt(64); var policy = make(); var reference = make();</c>: each call of a lambda
        /// seen in this block is a model of its own, made at the call with what the lambda did to it; models the lambda
        /// only hands on (<c>() =&gt; policy</c>) are returned as they are.
        /// </summary>
        private ImmutableArray<ModelValue> EvalDelegateCall(IInvocationOperation invocation, IMethodSymbol method, ImmutableArray<ModelValue> delegateValues)
        {
            var madeInLambda = delegateValues.OfType<ModelOrigin>()
                .Where(origin => origin.EnclosingSymbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
                .ToList();
            if (madeInLambda.Count == 0)
                return delegateValues;
            var call = NewCallOrigin(invocation, ReturnedModuleType(invocation), method);
            call.DisabledAtCreation = madeInLambda.All(origin => origin.DisabledAtCreation || origin.IsDisabled);
            call.EvalAtCreation = !call.DisabledAtCreation && madeInLambda.All(origin => origin.EvalAtCreation || origin.Evals.Count > 0 || origin.DisabledAtCreation || origin.IsDisabled);
            call.NonZeroDropoutArgument = madeInLambda.Select(origin => origin.NonZeroDropoutArgument).FirstOrDefault(argument => argument is not null);
            foreach (var origin in madeInLambda)
                origin.MadeForCallers = true;
            return delegateValues.Where(value => !madeInLambda.Contains(value)).ToImmutableArray().Add(call);
        }

        /// <summary>A constructor is a method: <c>new Trainer(policy, reference)</c> whose body disables or trains its parameters.</summary>
        private void ApplyParameterSummary(IOperation site, IMethodSymbol? method, ArgumentValues arguments)
        {
            if (method is not null && SourceMethods.HasBody(method) && arguments.Any)
                ApplyParameterEvents(site, _services.Summaries.Get(method, _depth + 1), arguments);
        }

        /// <summary>
        /// A call into source needs its summary only when models flow in (receiver or arguments) or when what it returns
        /// may be, or carry, a model it made; otherwise nothing it does can change what this block knows.
        /// </summary>
        private bool MayMatter(IInvocationOperation invocation, ImmutableArray<ModelValue> instance, ArgumentValues arguments)
        {
            // model.forward(x), model.call(x): overrides of TorchSharp's own members run the model, they do not manage it.
            if (OverridesTorchSharp(invocation.TargetMethod))
                return false;
            if (!instance.IsEmpty || arguments.Any)
                return true;
            return _carriers.MayHoldModel(_types.AwaitedType(invocation.Type) ?? invocation.Type);
        }

        /// <summary>Disables and sinks the summary records for parameters; returns the values of the parameters it returns.</summary>
        private ImmutableArray<ModelValue> ApplyParameterEvents(IOperation site, MethodSummary summary, ArgumentValues arguments)
        {
            var result = ValueSet.Empty;
            foreach (var (argument, values) in arguments.Pairs)
            {
                var ordinal = argument.Parameter?.Ordinal ?? -1;
                if (summary.DisablesParameter(ordinal))
                    Disable(values, site);
                if (summary.SinkOfParameter(ordinal) is { } sink)
                    AddSink(values, new TrainingSink(site, sink, summary.SinkRoleOfParameter(ordinal)));
                if (summary.ReturnedParameters.Contains(ordinal))
                    result = ValueSet.Union(result, values);
            }
            return result;
        }

        private ImmutableArray<ModelValue> ApplySummary(IInvocationOperation invocation, IMethodSymbol method, ImmutableArray<ModelValue> instance, ArgumentValues arguments, ReturnedFresh? returnedFresh = null)
        {
            var summary = _services.Summaries.Get(method, _depth + 1);
            var fresh = returnedFresh ?? summary.Returned;
            var result = ApplyParameterEvents(invocation, summary, arguments);
            if (summary.DisablesThis)
                Disable(instance, invocation);
            if (summary.ReturnsThis)
                result = ValueSet.Union(result, instance);
            if (returnedFresh is null && !summary.ReturnedByElement.IsEmpty && invocation.Type is not null)
                return ValueSet.Union(result, ElementOrigins(invocation, method, summary.ReturnedByElement));
            if (fresh is ReturnedFresh.Enabled or ReturnedFresh.EvalOnly)
            {
                var origin = NewCallOrigin(invocation, ReturnedModuleType(invocation), method);
                origin.EvalAtCreation = fresh == ReturnedFresh.EvalOnly;
                result = ValueSet.Union(result, ValueSet.Of(origin));
            }
            return result;
        }

        private ModelOrigin NewCallOrigin(IInvocationOperation invocation, ITypeSymbol? modelType, IMethodSymbol method)
        {
            // An awaited factory is reported on the await, so the fix can wrap the awaited value.
            IOperation reported = AwaitOf(invocation) ?? (IOperation)invocation;
            var origin = NewOrigin(reported, modelType);
            origin.SourceFactory = SourceMethods.HasBody(method) ? method : null;
            origin.EvalAtCreation = GenAIFacts.FactoryCallsEval(method);
            ApplyDropoutArguments(origin, invocation.Arguments);
            return origin;
        }

        private bool OverridesTorchSharp(IMethodSymbol method)
        {
            for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
            {
                if (_types.IsFromTorchSharp(overridden))
                    return true;
            }
            return false;
        }

        /// <summary>The await of a call's task, directly or through <c>ConfigureAwait(…)</c>.</summary>
        private static IAwaitOperation? AwaitOf(IInvocationOperation invocation)
        {
            IOperation current = invocation;
            while (current.Parent is IInvocationOperation { TargetMethod.Name: "ConfigureAwait" } configure && configure.Instance == current)
                current = configure;
            return current.Parent as IAwaitOperation;
        }

        /// <summary>Collections (not strings, tensors or models) hold what is added to them.</summary>
        private bool IsCollection(ITypeSymbol? type)
            => _carriers.IsCarrier(type) && _types.IsEnumerable(type!);

        /// <summary>The module type a call returns, directly or through Task/ValueTask.</summary>
        private ITypeSymbol? ReturnedModuleType(IInvocationOperation invocation)
        {
            var type = invocation.Type;
            if (_types.IsModule(type))
                return type;
            var awaited = _types.AwaitedType(type);
            return _types.IsModule(awaited) ? awaited : null;
        }

        /// <summary>
        /// Library calls that return a new model: any non-TorchSharp factory (FromPretrained…), and from TorchSharp only
        /// <c>jit.load</c>, <c>Module.Create&lt;T&gt;</c> and containers built with active dropout. Built-in layers are not models.
        /// </summary>
        private bool CreatesModel(IInvocationOperation invocation, IMethodSymbol method)
        {
            if (!_types.IsFromTorchSharp(method))
                return true;
            var containing = method.ContainingType?.OriginalDefinition;
            if (SymbolEqualityComparer.Default.Equals(containing, _types.Jit) && method.Name == "load")
                return true;
            if (SymbolEqualityComparer.Default.Equals(containing, _types.Module) && method.Name == "Create")
                return true;
            return SymbolEqualityComparer.Default.Equals(containing, _types.Nn) && ContainerFactories.Contains(method.Name)
                && invocation.Arguments.Any(argument => argument.Value.DescendantsAndSelf().OfType<IInvocationOperation>().Any(IsActiveDropoutFactory));
        }

        /// <summary><c>torch.nn.Dropout(0.1)</c> and its five siblings with p not the constant 0 (the default is 0.5).</summary>
        private bool IsActiveDropoutFactory(IInvocationOperation invocation)
            => SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType?.OriginalDefinition, _types.Nn)
            && TorchSharpTypes.DropoutClassNames.Contains(invocation.TargetMethod.Name)
            && !ConstantFacts.IsZero(ArgumentFor(invocation, "p")?.Value);

        private bool IsTrainingSink(IMethodSymbol method, ITypeSymbol? receiverType)
            => IsTrainingName(method.Name) || FindTrainingType(method.ContainingType) is not null || FindTrainingType(receiverType) is not null;

        /// <summary>How a training call reads in a message; built only when a model reaches one.</summary>
        private string TrainingSinkDisplay(IMethodSymbol method, ITypeSymbol? receiverType)
        {
            var type = FindTrainingType(method.ContainingType) ?? FindTrainingType(receiverType);
            return (type?.Name ?? method.ContainingType?.Name) + "." + method.Name + "(…)";
        }

        /// <summary>
        /// Dropout-named parameters (dropout, pdrop, drop_prob, any case) set to 0 everywhere disable dropout from the start;
        /// a non-zero constant is named in the message.
        /// </summary>
        private static void ApplyDropoutArguments(ModelOrigin origin, ImmutableArray<IArgumentOperation> arguments)
        {
            if (!arguments.Any(IsDropoutArgument))
                return;
            var dropoutArguments = arguments.Where(IsDropoutArgument).ToList();
            origin.DisabledAtCreation |= dropoutArguments.All(argument => ConstantFacts.IsZero(argument.Value));
            foreach (var argument in dropoutArguments)
            {
                if (ConstantFacts.TryGetNumber(argument.Value, out var number) && number != 0)
                {
                    origin.NonZeroDropoutArgument = argument.Parameter!.Name + ": " + ConstantFacts.Format(number)
                        + (argument.ArgumentKind == ArgumentKind.DefaultValue ? " (default)" : string.Empty);
                    break;
                }
            }
        }

        private static bool IsDropoutArgument(IArgumentOperation argument)
            => argument.Parameter is { } parameter && DropoutParameterNames.IsDropoutName(parameter.Name);

        private static IArgumentOperation? ArgumentFor(IInvocationOperation invocation, string parameterName)
            => invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == parameterName);

        private ArgumentValues EvalArguments(ImmutableArray<IArgumentOperation> arguments, ImmutableArray<ModelValue> receiver = default)
        {
            ImmutableArray<ModelValue>[]? byArgument = null;
            var carried = receiver.IsDefault ? ValueSet.Empty : receiver;
            for (var i = 0; i < arguments.Length; i++)
            {
                BindLambdaParameters(arguments[i].Value, carried);
                var values = Eval(arguments[i].Value);
                if (values.IsEmpty)
                    continue;
                carried = ValueSet.Union(carried, values);
                byArgument ??= new ImmutableArray<ModelValue>[arguments.Length];
                byArgument[i] = values;
            }
            return new ArgumentValues(arguments, byArgument);
        }

        /// <summary>
        /// <c>models.ForEach(m => m.DisableDropout())</c>, <c>models.Select(m => …)</c>: a library call hands the lambda the
        /// models its receiver and earlier arguments carry.
        /// </summary>
        private void BindLambdaParameters(IOperation argument, ImmutableArray<ModelValue> carried)
        {
            var lambda = (argument as IDelegateCreationOperation)?.Target as IAnonymousFunctionOperation ?? argument as IAnonymousFunctionOperation;
            if (lambda is null || carried.IsEmpty || SourceMethods.HasBody(lambda.Symbol))
                return;
            foreach (var parameter in lambda.Symbol.Parameters)
            {
                if (_types.IsModule(parameter.Type))
                    Store(parameter, carried, strong: true);
            }
        }

        /// <summary>The values each argument carries, in evaluation order; most calls are handed no model, and then nothing is allocated.</summary>
        private readonly struct ArgumentValues
        {
            private readonly ImmutableArray<IArgumentOperation> _arguments;
            private readonly ImmutableArray<ModelValue>[]? _byArgument;

            public ArgumentValues(ImmutableArray<IArgumentOperation> arguments, ImmutableArray<ModelValue>[]? byArgument)
            {
                _arguments = arguments;
                _byArgument = byArgument;
            }

            /// <summary>Some argument carries a model.</summary>
            public bool Any => _byArgument is not null;

            public IEnumerable<(IArgumentOperation Argument, ImmutableArray<ModelValue> Values)> Pairs
            {
                get
                {
                    for (var i = 0; i < _arguments.Length; i++)
                        yield return (_arguments[i], At(i));
                }
            }

            /// <summary>Every value any argument carries, once each.</summary>
            public ImmutableArray<ModelValue> All()
            {
                var all = ValueSet.Empty;
                if (_byArgument is null)
                    return all;
                foreach (var values in _byArgument)
                {
                    if (!values.IsDefaultOrEmpty)
                        all = ValueSet.Union(all, values);
                }
                return all;
            }

            public ImmutableArray<ModelValue> ValuesAt(int ordinal)
            {
                if (_byArgument is null)
                    return ValueSet.Empty;
                for (var i = 0; i < _arguments.Length; i++)
                {
                    if (_arguments[i].Parameter?.Ordinal == ordinal)
                        return At(i);
                }
                return ValueSet.Empty;
            }

            private ImmutableArray<ModelValue> At(int index)
                => _byArgument is null || _byArgument[index].IsDefault ? ValueSet.Empty : _byArgument[index];
        }
    }
}
