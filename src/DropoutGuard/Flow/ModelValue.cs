using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// An abstract model object in one analysed block: a fresh origin made here, or the model held by a parameter,
    /// a member of <c>this</c>, or <c>this</c> itself. Events are appended in source order while the block is walked.
    /// </summary>
    internal abstract class ModelValue
    {
        /// <summary>Calls and loops that set p = 0 on it (directly, through a helper, or through a source method).</summary>
        public List<IOperation> Disables { get; } = new List<IOperation>();

        /// <summary><c>eval()</c> / <c>train(false)</c> invocations on it.</summary>
        public List<IInvocationOperation> Evals { get; } = new List<IInvocationOperation>();

        /// <summary><c>train()</c> / <c>train(true)</c> invocations on it.</summary>
        public List<IInvocationOperation> Trains { get; } = new List<IInvocationOperation>();

        /// <summary><c>train(x)</c> with a non-constant x: may re-enable dropout, so eval() alone is not trusted after it.</summary>
        public List<IInvocationOperation> UnknownTrains { get; } = new List<IInvocationOperation>();

        /// <summary>Training sinks it reaches, directly or carried by a wrapper object.</summary>
        public List<TrainingSink> Sinks { get; } = new List<TrainingSink>();

        /// <summary>Models passed to its constructor: they are its submodules, so disabling it disables them.</summary>
        public List<ModelValue> Submodules { get; } = new List<ModelValue>();

        public bool IsDisabled => Disables.Count > 0;
    }

    /// <summary>A model constructed or loaded in the analysed block: what DG0001 reports.</summary>
    internal sealed class ModelOrigin : ModelValue
    {
        public ModelOrigin(IOperation operation, ITypeSymbol? modelType, ISymbol enclosingSymbol)
        {
            Operation = operation;
            ModelType = modelType;
            EnclosingSymbol = enclosingSymbol;
        }

        /// <summary>The expression reported: the <c>new …</c>, the factory or <c>jit.load</c> call, the await, or a conditional of origins.</summary>
        public IOperation Operation { get; set; }

        /// <summary>Null when the origin is a wrapper returned by a source factory (the model inside is not typed here).</summary>
        public ITypeSymbol? ModelType { get; }

        /// <summary>The function or member whose code creates it (lambda/local function included).</summary>
        public ISymbol EnclosingSymbol { get; }

        /// <summary>The first local, field, property or parameter it is stored in.</summary>
        public ISymbol? Target { get; set; }

        /// <summary>Dropout is off from the start: the type's constructor or the factory disables it, or every dropout argument is 0.</summary>
        public bool DisabledAtCreation { get; set; }

        /// <summary>The factory leaves it in eval mode (e.g. Phi-2's FromPretrained).</summary>
        public bool EvalAtCreation { get; set; }

        /// <summary>"dropout: 0.1" when a dropout-named argument is a non-zero constant.</summary>
        public string? NonZeroDropoutArgument { get; set; }

        /// <summary>Made in a lambda that this block calls: each call is the model, reported there instead.</summary>
        public bool MadeForCallers { get; set; }

        /// <summary>For call sites of source factories: the factory, so messages can name it.</summary>
        public IMethodSymbol? SourceFactory { get; set; }
    }

    internal enum PlaceholderKind
    {
        Parameter,
        Member,
        This,
    }

    /// <summary>A model that exists before the block runs: read from a parameter, a member of this, or this.</summary>
    internal sealed class ModelPlaceholder : ModelValue
    {
        public ModelPlaceholder(PlaceholderKind kind, ISymbol? symbol)
        {
            Kind = kind;
            Symbol = symbol;
        }

        public PlaceholderKind Kind { get; }

        public ISymbol? Symbol { get; }
    }

    /// <summary>A call, creation or assignment that hands a model to DPO/SFT training.</summary>
    internal readonly struct TrainingSink
    {
        public TrainingSink(IOperation operation, string display, string? role = null)
        {
            Operation = operation;
            Display = display;
            Role = role;
        }

        public IOperation Operation { get; }

        /// <summary>"DpoTrainer(…)", "Sft.Train(…)", "trainer.Reference".</summary>
        public string Display { get; }

        /// <summary>"policy model"/"reference model" when the sink itself says which (a model's place in an objective).</summary>
        public string? Role { get; }
    }
}
