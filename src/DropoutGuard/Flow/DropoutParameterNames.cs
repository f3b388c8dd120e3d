using System;

namespace DropoutGuard.Flow
{
    internal static class DropoutParameterNames
    {
        /// <summary>Parameters that set a dropout probability: names containing dropout, pdrop or drop_prob, any case.</summary>
        public static bool IsDropoutName(string name)
            => name.IndexOf("dropout", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("pdrop", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("drop_prob", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
