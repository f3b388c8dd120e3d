using System.Collections.Immutable;

namespace DropoutGuard.Flow
{
    /// <summary>Small immutable sets of model values; a block rarely holds more than a handful.</summary>
    internal static class ValueSet
    {
        public static readonly ImmutableArray<ModelValue> Empty = ImmutableArray<ModelValue>.Empty;

        public static ImmutableArray<ModelValue> Union(ImmutableArray<ModelValue> left, ImmutableArray<ModelValue> right)
        {
            if (left.IsDefaultOrEmpty)
                return right.IsDefault ? Empty : right;
            if (right.IsDefaultOrEmpty)
                return left;
            var builder = left.ToBuilder();
            foreach (var value in right)
            {
                if (!builder.Contains(value))
                    builder.Add(value);
            }
            return builder.ToImmutable();
        }

        public static ImmutableArray<ModelValue> Of(ModelValue value) => ImmutableArray.Create(value);
    }
}
