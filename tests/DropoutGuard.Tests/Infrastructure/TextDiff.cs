using System.Text;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>A line diff for failure messages: "-" expected only, "+" actual only, with line-ending and whitespace differences made visible.</summary>
internal static class TextDiff
{
    public static string Describe(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');

        // Longest common subsequence of lines, then a walk that emits the edit script.
        var common = new int[expectedLines.Length + 1, actualLines.Length + 1];
        for (var e = expectedLines.Length - 1; e >= 0; e--)
            for (var a = actualLines.Length - 1; a >= 0; a--)
                common[e, a] = expectedLines[e] == actualLines[a] ? common[e + 1, a + 1] + 1 : Math.Max(common[e + 1, a], common[e, a + 1]);

        var diff = new StringBuilder();
        int expectedIndex = 0, actualIndex = 0;
        while (expectedIndex < expectedLines.Length || actualIndex < actualLines.Length)
        {
            if (expectedIndex < expectedLines.Length && actualIndex < actualLines.Length && expectedLines[expectedIndex] == actualLines[actualIndex])
            {
                diff.Append("  ").AppendLine(Visible(expectedLines[expectedIndex]));
                expectedIndex++;
                actualIndex++;
            }
            else if (expectedIndex < expectedLines.Length && (actualIndex == actualLines.Length || common[expectedIndex + 1, actualIndex] >= common[expectedIndex, actualIndex + 1]))
            {
                diff.Append("- ").AppendLine(Visible(expectedLines[expectedIndex++]));
            }
            else
            {
                diff.Append("+ ").AppendLine(Visible(actualLines[actualIndex++]));
            }
        }
        return diff.ToString();
    }

    // Shows what an exact comparison sees but a reader would miss: carriage returns, tabs and trailing spaces.
    private static string Visible(string line)
    {
        var visible = line.Replace("\r", "\\r").Replace("\t", "\\t");
        var trimmed = visible.TrimEnd(' ');
        return trimmed.Length == visible.Length ? visible : trimmed + new string('·', visible.Length - trimmed.Length);
    }
}
