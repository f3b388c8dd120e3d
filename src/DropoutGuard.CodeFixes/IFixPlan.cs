using Microsoft.CodeAnalysis.Text;

namespace DropoutGuard.CodeFixes
{
    /// <summary>The edits that fix one diagnostic, worked out before anything is changed.</summary>
    internal interface IFixPlan
    {
        string Title { get; }

        /// <summary>The code the plan edits: plans with the same span are one fix (several diagnostics, one change).</summary>
        TextSpan Span { get; }

        void AddTo(DocumentEdits edits);
    }
}
