using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Flow
{
    internal static class DropoutAssignments
    {
        /// <summary>Does <paramref name="root"/> contain <c>d.p = 0</c> on any of the six dropout classes?</summary>
        public static bool ContainsZeroAssignment(IOperation root, TorchSharpTypes types)
        {
            foreach (var assignment in root.DescendantsAndSelf().OfType<ISimpleAssignmentOperation>())
            {
                if (assignment.Target is IPropertyReferenceOperation { Property.Name: "p" } property
                    && types.IsDropoutClass(property.Property.ContainingType)
                    && ConstantFacts.IsZero(assignment.Value))
                {
                    return true;
                }
            }
            return false;
        }
    }
}
