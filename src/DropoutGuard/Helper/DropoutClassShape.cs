using System;

namespace DropoutGuard.Helper
{
    /// <summary>One dropout class of the referenced TorchSharp, and whether generated code can assign its <c>p</c> directly.</summary>
    internal readonly struct DropoutClassShape : IEquatable<DropoutClassShape>
    {
        public DropoutClassShape(string name, bool isPSettable)
        {
            Name = name;
            IsPSettable = isPSettable;
        }

        /// <summary>The class name in namespace TorchSharp.Modules, e.g. "AlphaDropout".</summary>
        public string Name { get; }

        /// <summary>True from TorchSharp 0.104 on (public settable property); false where <c>p</c> is a private field.</summary>
        public bool IsPSettable { get; }

        public bool Equals(DropoutClassShape other) => Name == other.Name && IsPSettable == other.IsPSettable;

        public override bool Equals(object? obj) => obj is DropoutClassShape other && Equals(other);

        public override int GetHashCode() => (Name?.GetHashCode() ?? 0) * 2 + (IsPSettable ? 1 : 0);
    }
}
