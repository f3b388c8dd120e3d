using System.Linq;
using DropoutGuard.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Rules
{
    /// <summary>
    /// DG0003 messages: what the disable method cannot reach, in which model type, who uses that type for DPO/SFT, and the
    /// remedy that applies to that kind of site (a layer takes <c>dropout: 0.0</c>; functional dropout needs a module).
    /// </summary>
    internal static class DropoutSiteMessages
    {
        public static string Describe(DropoutSite site, string modelTypeName, string trainingLocation, string disableMethod)
            => disableMethod + "() cannot reach " + What(site) + " in '" + modelTypeName + "', used for DPO/SFT in " + trainingLocation
                + ": " + Remedy(site);

        private static string What(DropoutSite site)
        {
            var method = site.Invocation.TargetMethod.Name;
            if (site.Kind == DropoutSiteKind.FunctionalDropout)
                return "functional." + method;
            return WrittenDropout(site.Invocation) + " of " + method;
        }

        /// <summary>The dropout argument as the user wrote it, or the layer's default when none was written.</summary>
        private static string WrittenDropout(IInvocationOperation invocation)
        {
            var argument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "dropout");
            if (argument is null || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                var parameter = argument?.Parameter ?? invocation.TargetMethod.Parameters.FirstOrDefault(p => p.Name == "dropout");
                return "default dropout " + (parameter is { HasExplicitDefaultValue: true } ? DefaultText(parameter.ExplicitDefaultValue) : "value");
            }
            return "dropout: " + argument.Value.Syntax.ToString();
        }

        private static string DefaultText(object? value)
            => value is double number ? number.ToString("0.0##", System.Globalization.CultureInfo.InvariantCulture) : value?.ToString() ?? "value";

        private static string Remedy(DropoutSite site)
        {
            if (site.Kind == DropoutSiteKind.LayerArgument)
                return "pass dropout: 0.0 when training with DPO/SFT";
            return site.Invocation.TargetMethod.Name == "scaled_dot_product_attention"
                ? "pass p: 0.0 when training with DPO/SFT"
                : "use a registered Dropout module instead";
        }
    }
}
