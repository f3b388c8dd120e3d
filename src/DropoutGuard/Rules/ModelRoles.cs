using System.Linq;
using DropoutGuard.TrainingPaths;

namespace DropoutGuard.Rules
{
    /// <summary>The role a name gives a model in messages: reference, policy, or plain model.</summary>
    internal static class ModelRoles
    {
        public static string Describe(string? name)
        {
            if (name is null)
                return "model";
            var words = IdentifierWords.Split(name);
            if (words.Any(word => word is "ref" or "reference" or "frozen"))
                return "reference model";
            if (words.Any(word => word is "policy" or "actor"))
                return "policy model";
            return "model";
        }
    }
}
