#nullable enable
namespace TorchSharp
{
    /// <summary>Every member of this compile-only surface throws the exception made here.</summary>
    internal static class Stub
    {
        internal static System.Exception Throw() => new System.NotImplementedException();
    }
}
