namespace DropoutGuard.Tests.Reliability.Fuzzing;

/// <summary>What the fix checks saw; printed by the tests, and the source of the ceilings on code that does not compile.</summary>
internal sealed class FixStatistics
{
    private int _variants;
    private int _fixes;
    private int _fixAllRuns;
    private int _onCompilingCode;
    private int _addedErrors;
    private int _leftDiagnostic;

    public int Variants => _variants;
    public int Fixes => _fixes;
    public int FixAllRuns => _fixAllRuns;
    public int OnCompilingCode => _onCompilingCode;

    /// <summary>Fixes on code that did not compile that added compiler errors.</summary>
    public int AddedErrors => _addedErrors;

    /// <summary>Fixes on code that did not compile after which their diagnostic was still there.</summary>
    public int LeftDiagnostic => _leftDiagnostic;

    public void Variant() => Interlocked.Increment(ref _variants);
    public void Fix(bool fixAll, bool compiles)
    {
        Interlocked.Increment(ref fixAll ? ref _fixAllRuns : ref _fixes);
        if (compiles)
            Interlocked.Increment(ref _onCompilingCode);
    }

    public void AddsErrors() => Interlocked.Increment(ref _addedErrors);
    public void LeavesDiagnostic() => Interlocked.Increment(ref _leftDiagnostic);

    public override string ToString()
        => $"{Variants} variants fixed: {Fixes} fixes and {FixAllRuns} Fix All runs ({OnCompilingCode} on code that compiled); on code that did not compile {AddedErrors} added errors and {LeftDiagnostic} left their diagnostic";
}
