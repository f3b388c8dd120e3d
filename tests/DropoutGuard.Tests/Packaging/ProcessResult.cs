namespace DropoutGuard.Tests.Packaging;

/// <summary>What a finished dotnet command printed and returned.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>The diagnostics in the output, with paths relative to <paramref name="baseDirectory"/>.</summary>
    public IReadOnlyList<BuildDiagnostic> Diagnostics(string baseDirectory) => BuildDiagnostic.Parse(StandardOutput, baseDirectory);

    /// <summary>The whole run, for assertion messages.</summary>
    public string Describe()
        => "> " + CommandLine + Environment.NewLine + "exit code " + ExitCode + Environment.NewLine
         + "--- stdout ---" + Environment.NewLine + StandardOutput + Environment.NewLine
         + "--- stderr ---" + Environment.NewLine + StandardError;
}
