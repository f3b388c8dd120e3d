using System.Reflection;

namespace DropoutGuard.Helper
{
    /// <summary>The version written into the helper's GeneratedCode attribute.</summary>
    internal static class GeneratorVersion
    {
        /// <summary>The informational version without its "+commit" suffix, so the text does not change with every commit.</summary>
        public static readonly string Value = Read();

        private static string Read()
        {
            var assembly = typeof(GeneratorVersion).Assembly;
            var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            if (!string.IsNullOrEmpty(informational))
                return informational!.Split('+')[0];
            return assembly.GetName().Version?.ToString() ?? "0.0.0";
        }
    }
}
