namespace DropoutGuard.Tests.Infrastructure;

/// <summary>A verification failure: the analyzers, generators or code fix did not behave as the test expects.</summary>
public sealed class VerifierException(string message) : Exception(message);
