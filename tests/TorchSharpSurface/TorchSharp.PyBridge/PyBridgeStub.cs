#nullable enable
namespace TorchSharp.PyBridge
{
    /// <summary>Every member of this compile-only surface throws the exception made here.</summary>
    internal static class PyBridgeStub
    {
        internal static System.Exception Throw() => new System.NotImplementedException();
    }
}
