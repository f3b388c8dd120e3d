using System;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Flow
{
    internal static class ConstantFacts
    {
        /// <summary>A numeric constant equal to 0 (0, 0.0, 0f, 0m).</summary>
        public static bool IsZero(IOperation? operation)
            => TryGetNumber(operation, out var number) && number == 0;

        public static bool TryGetNumber(IOperation? operation, out double number)
        {
            number = 0;
            if (operation is null || !operation.ConstantValue.HasValue || operation.ConstantValue.Value is null or bool or string or char)
                return false;
            try
            {
                number = Convert.ToDouble(operation.ConstantValue.Value, CultureInfo.InvariantCulture);
                return true;
            }
            catch (Exception exception) when (exception is InvalidCastException or FormatException or OverflowException)
            {
                return false;
            }
        }

        public static bool? TryGetBool(IOperation? operation)
            => operation is not null && operation.ConstantValue.HasValue && operation.ConstantValue.Value is bool value ? value : null;

        public static string Format(double number) => number.ToString("R", CultureInfo.InvariantCulture);
    }
}
