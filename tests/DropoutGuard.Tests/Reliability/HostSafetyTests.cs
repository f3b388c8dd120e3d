using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace DropoutGuard.Tests.Reliability;

/// <summary>
/// Analyzers, generators and fixes run inside compilers and IDEs: they must not touch files, the network, processes or
/// the environment, nor generate code at run time. Checked on what the shipped assemblies reference, so a new call to
/// such an API fails here whatever code path would reach it.
/// </summary>
public class HostSafetyTests
{
    /// <summary>Namespaces and types that give access to the host machine, by full name prefix.</summary>
    private static readonly string[] Forbidden =
    [
        "System.IO.File", "System.IO.Directory", "System.IO.Path", "System.IO.FileStream", "System.IO.StreamReader",
        "System.IO.StreamWriter", "System.IO.DriveInfo", "System.IO.FileSystemWatcher", "System.IO.IsolatedStorage.",
        "System.IO.Pipes.", "System.IO.MemoryMappedFiles.",
        "System.Net.",
        "System.Diagnostics.Process",
        "System.Environment",
        "System.Reflection.Emit.",
        "System.Runtime.Loader.",
        "Microsoft.Win32.",
    ];

    /// <summary>
    /// Members that share a forbidden prefix but read nothing from the machine: the line break, and the thread id
    /// the compiler's iterator state machines use.
    /// </summary>
    private static readonly string[] Allowed = ["System.Environment.get_NewLine", "System.Environment.get_CurrentManagedThreadId"];

    [Fact]
    public void The_analyzer_assembly_references_no_host_access_API()
        => AssertNoHostAccess(ShippedComponents.AnalyzerAssembly.Location);

    [Fact]
    public void The_code_fix_assembly_references_no_host_access_API()
        => AssertNoHostAccess(ShippedComponents.CodeFixAssembly.Location);

    [Fact]
    public void The_check_sees_a_forbidden_reference()
    {
        // The test assembly itself reads files (RealTorchSharp): the check must notice.
        Assert.NotEmpty(ForbiddenReferences(typeof(HostSafetyTests).Assembly.Location));
    }

    private static void AssertNoHostAccess(string path)
    {
        var found = ForbiddenReferences(path);
        Assert.True(found.Count == 0, Path.GetFileName(path) + " references host access APIs:" + Environment.NewLine + string.Join(Environment.NewLine, found));
    }

    private static List<string> ForbiddenReferences(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeReferences)
            names.Add(TypeName(metadata, handle));
        foreach (var handle in metadata.MemberReferences)
        {
            var member = metadata.GetMemberReference(handle);
            if (member.Parent.Kind == HandleKind.TypeReference)
                names.Add(TypeName(metadata, (TypeReferenceHandle)member.Parent) + "." + metadata.GetString(member.Name));
        }
        return names.Where(name => Forbidden.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal))
                                && !Allowed.Contains(name)
                                && !(name == "System.Environment" && names.Where(n => n.StartsWith("System.Environment.", StringComparison.Ordinal)).All(Allowed.Contains)))
            .ToList();
    }

    private static string TypeName(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var type = metadata.GetTypeReference(handle);
        var name = metadata.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
            return TypeName(metadata, (TypeReferenceHandle)type.ResolutionScope) + "+" + name;
        var ns = metadata.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
