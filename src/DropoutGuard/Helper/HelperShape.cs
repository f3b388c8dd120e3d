using System;
using System.Collections.Immutable;
using System.Linq;

namespace DropoutGuard.Helper
{
    /// <summary>
    /// Everything the emitted helper depends on. Compared by value so the generator's pipeline stops at an equal
    /// shape and does not re-emit on edits that leave TorchSharp and the language version alone.
    /// </summary>
    internal sealed class HelperShape : IEquatable<HelperShape>
    {
        public HelperShape(ImmutableArray<DropoutClassShape> dropoutClasses, bool hasScriptModule, bool emitsNullableDirective)
        {
            DropoutClasses = dropoutClasses;
            HasScriptModule = hasScriptModule;
            EmitsNullableDirective = emitsNullableDirective;
        }

        /// <summary>The dropout classes present in the referenced TorchSharp, in <see cref="TorchSharpTypes.DropoutClassNames"/> order.</summary>
        public ImmutableArray<DropoutClassShape> DropoutClasses { get; }

        /// <summary>Whether <c>torch.jit.ScriptModule</c> exists, whose dropout only <c>eval()</c> turns off.</summary>
        public bool HasScriptModule { get; }

        /// <summary>C# 8 and later: <c>#nullable</c> does not parse before that.</summary>
        public bool EmitsNullableDirective { get; }

        public bool UsesReflection => DropoutClasses.Any(dropout => !dropout.IsPSettable);

        public HelperShape WithNullableDirective(bool emitsNullableDirective)
            => emitsNullableDirective == EmitsNullableDirective ? this : new HelperShape(DropoutClasses, HasScriptModule, emitsNullableDirective);

        public bool Equals(HelperShape? other)
            => other is not null
            && DropoutClasses.SequenceEqual(other.DropoutClasses)
            && HasScriptModule == other.HasScriptModule
            && EmitsNullableDirective == other.EmitsNullableDirective;

        public override bool Equals(object? obj) => Equals(obj as HelperShape);

        public override int GetHashCode()
        {
            var hash = (HasScriptModule ? 1 : 0) * 2 + (EmitsNullableDirective ? 1 : 0);
            foreach (var dropout in DropoutClasses)
                hash = hash * 31 + dropout.GetHashCode();
            return hash;
        }
    }
}
