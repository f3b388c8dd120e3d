using System.Collections.Immutable;
using DropoutGuard.Roslyn48Host;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// Compiles C# files the way a Roslyn 4.8 compiler runs a package's analyzers: load them from the analyzer assembly,
// run its generators, then its analyzers. Prints one line per fact for the package tests to read:
//   roslyn <version of the Microsoft.CodeAnalysis in use>
//   generated <hint name>
//   <file>(<line>,<column>): <severity> <id>
// Exit code 0 when the analyzer loaded and the compilation has no errors; 1 otherwise, with the reason on stderr.

var arguments = HostArguments.Parse(args);
Console.WriteLine("roslyn " + typeof(Compilation).Assembly.GetName().Version);

var analyzerReference = new AnalyzerFileReference(Path.GetFullPath(arguments.AnalyzerPath), new DefaultContextAnalyzerLoader());
var loadFailures = new List<string>();
analyzerReference.AnalyzerLoadFailed += (_, failure) => loadFailures.Add(failure.ErrorCode + ": " + failure.Message);
var analyzers = analyzerReference.GetAnalyzers(LanguageNames.CSharp);
var generators = analyzerReference.GetGenerators(LanguageNames.CSharp);
if (loadFailures.Count > 0 || analyzers.IsEmpty || generators.IsEmpty)
{
    Console.Error.WriteLine($"Loaded {analyzers.Length} analyzers and {generators.Length} generators." + Environment.NewLine + string.Join(Environment.NewLine, loadFailures));
    return 1;
}

var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
var trees = arguments.Sources.Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path));
var references = arguments.References.Select(path => MetadataReference.CreateFromFile(path));
var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
    // Reference-version unification notes, silenced by default in SDK builds too.
    .WithSpecificDiagnosticOptions(new[] { "CS1701", "CS1702" }.ToDictionary(id => id, _ => ReportDiagnostic.Suppress));
var compilation = CSharpCompilation.Create("Consumer", trees, references, compilationOptions);

GeneratorDriver driver = CSharpGeneratorDriver.Create(generators, parseOptions: parseOptions);
driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var withGenerated, out var generatorDiagnostics);
foreach (var generated in driver.GetRunResult().Results.SelectMany(result => result.GeneratedSources))
    Console.WriteLine("generated " + generated.HintName);

var analyzerDiagnostics = await withGenerated.WithAnalyzers(analyzers).GetAllDiagnosticsAsync();
var diagnostics = generatorDiagnostics.Concat(analyzerDiagnostics)
    .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
    .ToImmutableArray();
foreach (var diagnostic in diagnostics)
{
    var position = diagnostic.Location.GetLineSpan();
    Console.WriteLine($"{position.Path}({position.StartLinePosition.Line + 1},{position.StartLinePosition.Character + 1}): {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}");
}
return diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error) ? 1 : 0;
