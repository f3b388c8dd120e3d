using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Helper
{
    /// <summary>The MSBuild property that turns the helper off (made visible to the compiler by build/DropoutGuard.props).</summary>
    internal static class HelperSwitch
    {
        public const string GlobalOptionKey = "build_property.DropoutGuardGenerateHelper";

        /// <summary>Only "false" (any case) turns it off, so a missing or empty property keeps the helper.</summary>
        public static bool IsEnabled(AnalyzerConfigOptions globalOptions)
            => !(globalOptions.TryGetValue(GlobalOptionKey, out var value)
                && string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase));
    }
}
