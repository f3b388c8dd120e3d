using DropoutGuard.Helper;
using DropoutGuard.Tests.Infrastructure;

namespace DropoutGuard.Tests.Generator;

/// <summary>
/// A TorchSharp that runs, in source: the metadata names of the real API (so the generator shapes the helper from it)
/// and just enough behaviour to observe the helper (registered submodules, modules(), train/eval, p).
/// </summary>
internal static class StandInTorchSharp
{
    /// <summary>
    /// The project the stand-in is compiled in: TorchSharp itself, with no TorchSharp referenced, so only its assembly name
    /// tells the generator that TorchSharp is there.
    /// </summary>
    public static VerifierOptions Project => new() { TorchSharp = TorchSharpFlavor.None, AssemblyName = "TorchSharp" };

    public static string Source(StandInDropoutP style)
        => Module + string.Concat(TorchSharpTypes.DropoutClassNames.Select(name => DropoutClass(name, style)));

    private const string Module = """
        using System.Collections.Generic;

        namespace TorchSharp
        {
            public static partial class torch
            {
                public static partial class nn
                {
                    public abstract class Module
                    {
                        private readonly List<Module> _submodules = new List<Module>();
                        private bool _training = true;

                        protected Module(string name)
                        {
                        }

                        public virtual bool training => _training;

                        public virtual void train(bool train = true)
                        {
                            _training = train;
                            foreach (var submodule in _submodules)
                                submodule.train(train);
                        }

                        public virtual void eval() => train(false);

                        public void register_module(string name, Module submodule) => _submodules.Add(submodule);

                        // As in TorchSharp: every registered descendant, but not the module itself.
                        public virtual IEnumerable<Module> modules()
                        {
                            foreach (var child in _submodules)
                            {
                                yield return child;
                                foreach (var descendant in child.modules())
                                    yield return descendant;
                            }
                        }
                    }
                }

                public static partial class jit
                {
                    public class ScriptModule : nn.Module
                    {
                        public ScriptModule() : base(nameof(ScriptModule))
                        {
                        }
                    }
                }
            }
        }

        namespace Model
        {
            /// <summary>A plain module: a user's model, or a block of it.</summary>
            public sealed class Block : TorchSharp.torch.nn.Module
            {
                public Block() : base(nameof(Block))
                {
                }
            }
        }

        """;

    private static string DropoutClass(string name, StandInDropoutP style)
    {
        var probability = style switch
        {
            StandInDropoutP.Property => "public double p { get; set; }",
            StandInDropoutP.PrivateField => "private double p;",
            _ => "private double probability;",
        };
        var assignment = style == StandInDropoutP.Missing ? "probability = p;" : "this.p = p;";
        return $$"""
            namespace TorchSharp.Modules
            {
                public sealed class {{name}} : TorchSharp.torch.nn.Module
                {
                    {{probability}}

                    public {{name}}(double p) : base(nameof({{name}}))
                    {
                        {{assignment}}
                    }
                }
            }

            """;
    }
}
