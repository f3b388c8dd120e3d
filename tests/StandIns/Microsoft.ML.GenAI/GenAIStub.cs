#nullable enable
namespace Microsoft.ML.GenAI
{
    /// <summary>Every member of this compile-only surface throws the exception made here.</summary>
    internal static class GenAIStub
    {
        internal static System.Exception Throw() => new System.NotImplementedException();
    }
}
