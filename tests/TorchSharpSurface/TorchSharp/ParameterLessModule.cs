#nullable enable
namespace TorchSharp.Modules
{
    /// <summary>Base of modules without parameters (no non-generic form exists).</summary>
    public abstract class ParameterLessModule<T, TResult> : torch.nn.Module<T, TResult>
    {
        protected ParameterLessModule(string name) : base(name) { }
    }

    public abstract class ParameterLessModule<T1, T2, TResult> : torch.nn.Module<T1, T2, TResult>
    {
        protected ParameterLessModule(string name) : base(name) { }
    }

    public abstract class ParameterLessModule<T1, T2, T3, TResult> : torch.nn.Module<T1, T2, T3, TResult>
    {
        protected ParameterLessModule(string name) : base(name) { }
    }
}
