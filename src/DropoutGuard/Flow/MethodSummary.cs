using System.Collections.Immutable;
using System.Linq;

namespace DropoutGuard.Flow
{
    /// <summary>What a source method does to the models it receives and returns, as seen by its callers.</summary>
    internal sealed class MethodSummary
    {
        public static readonly MethodSummary Unknown = new MethodSummary(
            ImmutableArray<bool>.Empty, ImmutableArray<string?>.Empty, ImmutableArray<int>.Empty,
            disablesThis: false, returnsThis: false, assignsZeroDropout: false, ReturnedFresh.None);

        public MethodSummary(
            ImmutableArray<bool> disablesParameter,
            ImmutableArray<string?> parameterSinks,
            ImmutableArray<int> returnedParameters,
            bool disablesThis,
            bool returnsThis,
            bool assignsZeroDropout,
            ReturnedFresh returnedFresh,
            ImmutableArray<string?> parameterSinkRoles = default,
            ImmutableArray<ReturnedFresh> returnedByElement = default)
        {
            ReturnedByElement = returnedByElement.IsDefault ? ImmutableArray<ReturnedFresh>.Empty : returnedByElement;
            ParameterSinkRoles = parameterSinkRoles.IsDefault ? ImmutableArray<string?>.Empty : parameterSinkRoles;
            DisablesParameterByOrdinal = disablesParameter;
            ParameterSinks = parameterSinks;
            ReturnedParameters = returnedParameters;
            DisablesThis = disablesThis;
            ReturnsThis = returnsThis;
            AssignsZeroDropout = assignsZeroDropout;
            Returned = returnedFresh;
        }

        public ImmutableArray<bool> DisablesParameterByOrdinal { get; }

        /// <summary>For a method returning tuples: <see cref="Returned"/> per element position; empty otherwise.</summary>
        public ImmutableArray<ReturnedFresh> ReturnedByElement { get; }

        /// <summary>Per parameter: the training sink it reaches inside the method ("DpoTrainer(…)"), or null.</summary>
        public ImmutableArray<string?> ParameterSinks { get; }

        /// <summary>Per parameter: the role its sink gives it ("reference model" in an objective), or null.</summary>
        public ImmutableArray<string?> ParameterSinkRoles { get; }

        /// <summary>Ordinals of parameters the method returns (itself or inside a wrapper): <c>T Prepare&lt;T&gt;(T m)</c>.</summary>
        public ImmutableArray<int> ReturnedParameters { get; }

        /// <summary>The method (or constructor) disables dropout on <c>this</c>.</summary>
        public bool DisablesThis { get; }

        public bool ReturnsThis { get; }

        /// <summary>The method sets p = 0 on some dropout module (used for <c>apply(Method)</c>).</summary>
        public bool AssignsZeroDropout { get; }

        /// <summary>What the method returns that it made itself.</summary>
        public ReturnedFresh Returned { get; }

        /// <summary>Says the same to every caller (the rounds over a recursion cycle stop when no member's summary changes).</summary>
        public bool SameAs(MethodSummary other)
            => DisablesThis == other.DisablesThis && ReturnsThis == other.ReturnsThis && AssignsZeroDropout == other.AssignsZeroDropout
            && Returned == other.Returned
            && DisablesParameterByOrdinal.SequenceEqual(other.DisablesParameterByOrdinal)
            && ParameterSinks.SequenceEqual(other.ParameterSinks)
            && ParameterSinkRoles.SequenceEqual(other.ParameterSinkRoles)
            && ReturnedParameters.SequenceEqual(other.ReturnedParameters)
            && ReturnedByElement.SequenceEqual(other.ReturnedByElement);

        public bool DisablesParameter(int ordinal) => ordinal >= 0 && ordinal < DisablesParameterByOrdinal.Length && DisablesParameterByOrdinal[ordinal];

        public string? SinkOfParameter(int ordinal) => ordinal >= 0 && ordinal < ParameterSinks.Length ? ParameterSinks[ordinal] : null;

        public string? SinkRoleOfParameter(int ordinal) => ordinal >= 0 && ordinal < ParameterSinkRoles.Length ? ParameterSinkRoles[ordinal] : null;
    }

    /// <summary>Models a method creates and returns, from its callers' point of view.</summary>
    internal enum ReturnedFresh
    {
        /// <summary>Returns no model it made (or only ones already reported inside it).</summary>
        None,

        /// <summary>Returns a model it made with dropout still on: the call site is the origin.</summary>
        Enabled,

        /// <summary>Returns a model it made in eval mode only.</summary>
        EvalOnly,

        /// <summary>Returns a model it made with dropout disabled.</summary>
        Disabled,
    }
}
