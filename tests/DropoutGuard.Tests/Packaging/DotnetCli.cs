using System.Diagnostics;

namespace DropoutGuard.Tests.Packaging;

/// <summary>Runs the dotnet CLI in a child process that leaves nothing running behind it.</summary>
public static class DotnetCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    // No MSBuild node or compiler server may outlive the command; plain console output is what BuildDiagnostic parses.
    private static readonly string[] MSBuildSwitches = { "-nodeReuse:false", "-p:UseSharedCompilation=false", "-tl:off" };

    // A parent `dotnet test` may export these; they would tie the child to the parent's MSBuild instance.
    private static readonly string[] InheritedMSBuildVariables = { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH" };

    /// <summary>A command that runs MSBuild (build, pack): adds the switches that keep it from leaving processes behind.</summary>
    public static ProcessResult RunMSBuild(string workingDirectory, params string[] arguments)
        => Run(workingDirectory, arguments.Concat(MSBuildSwitches).ToArray());

    public static ProcessResult Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var variable in InheritedMSBuildVariables)
            start.Environment.Remove(variable);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";

        var commandLine = "dotnet " + string.Join(" ", arguments);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + commandLine);
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException(new ProcessResult(commandLine + " (killed after " + Timeout + ")", -1, standardOutput.Result, standardError.Result).Describe());
        }
        process.WaitForExit();
        return new ProcessResult(commandLine, process.ExitCode, standardOutput.Result, standardError.Result);
    }
}
