using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Roslyn48Host;

/// <summary>
/// Loads analyzer assemblies into the default context, where this host's Microsoft.CodeAnalysis 4.8 is already loaded:
/// the analyzer binds to those compiler APIs, as it would inside a 4.8 compiler, and fails to load if it needs newer ones.
/// </summary>
internal sealed class DefaultContextAnalyzerLoader : IAnalyzerAssemblyLoader
{
    public void AddDependencyLocation(string fullPath)
    {
    }

    public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
}
