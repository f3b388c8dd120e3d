using System;
using System.Collections.Generic;
using System.Linq;

namespace DropoutGuard.Benchmarks.Quick
{
    /// <summary>A plain-text table of measurements with the budget and verdict beside each, printed as Markdown.</summary>
    public sealed class ReportTable
    {
        private readonly List<(string Measure, string Value, Budget Budget)> _rows = new List<(string, string, Budget)>();

        public void Add(string measure, string value, Budget? budget = null) => _rows.Add((measure, value, budget ?? Budget.None));

        public void Section(string title) => _rows.Add(("**" + title + "**", string.Empty, Budget.None));

        public void Print()
        {
            var headers = new[] { "measure", "value", "budget", "" };
            var cells = _rows.Select(r => new[] { r.Measure, r.Value, r.Budget.Text, r.Budget.Text.Length == 0 ? string.Empty : r.Budget.Verdict }).ToList();
            var widths = Enumerable.Range(0, 4).Select(i => Math.Max(headers[i].Length, cells.Max(c => c[i].Length))).ToArray();
            Console.WriteLine(Row(headers, widths));
            Console.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
            foreach (var row in cells)
                Console.WriteLine(Row(row, widths));
        }

        private static string Row(string[] cells, int[] widths)
            => "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
    }
}
