using System.Reflection;
using System.Runtime.Loader;
using DropoutGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Tests.Generator;

/// <summary>The stand-in TorchSharp plus the helper generated for it, compiled and loaded into a collectible context.</summary>
internal sealed class StandInAssembly : IDisposable
{
    private const BindingFlags AnyInstanceMember = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private readonly AssemblyLoadContext _context;
    private readonly Assembly _assembly;

    private StandInAssembly(AssemblyLoadContext context, Assembly assembly, string generatedHelper)
    {
        _context = context;
        _assembly = assembly;
        GeneratedHelper = generatedHelper;
    }

    public string GeneratedHelper { get; }

    public static StandInAssembly Load(StandInDropoutP style)
    {
        var output = GeneratorRunner.Run(StandInTorchSharp.Source(style), StandInTorchSharp.Project);
        if (!output.Sources.TryGetValue(HelperSnapshots.HintName, out var helper))
            throw new InvalidOperationException("The generator emitted no helper for the stand-in TorchSharp.");

        using var image = new MemoryStream();
        var result = output.Compilation.Emit(image);
        if (!result.Success)
            throw new InvalidOperationException("The stand-in does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        image.Position = 0;
        var context = new AssemblyLoadContext("DisableDropout stand-in", isCollectible: true);
        return new StandInAssembly(context, context.LoadFromStream(image), helper);
    }

    public object New(string typeName, params object[] arguments)
        => Activator.CreateInstance(_assembly.GetType(typeName, throwOnError: true)!, arguments)!;

    public object NewDropout(string className, double p) => New("TorchSharp.Modules." + className, p);

    public static void Register(object parent, object child)
        => parent.GetType().GetMethod("register_module")!.Invoke(parent, ["child", child]);

    /// <summary>Calls the generated extension method with T = the module's own type, or Module for null.</summary>
    public object? DisableDropout(object? module)
    {
        var moduleType = module?.GetType() ?? _assembly.GetType("TorchSharp.torch+nn+Module", throwOnError: true)!;
        var method = _assembly.GetType("DropoutGuard.DropoutExtensions", throwOnError: true)!.GetMethod("DisableDropout")!.MakeGenericMethod(moduleType);
        return method.Invoke(null, BindingFlags.DoNotWrapExceptions, binder: null, [module], culture: null);
    }

    /// <summary>Reads p whether it is a property or a private field.</summary>
    public static double P(object dropout)
    {
        var type = dropout.GetType();
        var value = type.GetProperty("p", AnyInstanceMember)?.GetValue(dropout) ?? type.GetField("p", AnyInstanceMember)!.GetValue(dropout);
        return (double)value!;
    }

    public static bool IsTraining(object module) => (bool)module.GetType().GetProperty("training")!.GetValue(module)!;

    public void Dispose() => _context.Unload();
}
