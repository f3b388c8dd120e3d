using System.Collections.Immutable;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>One source file of a test: its path, its text without markup, and the spans its markup marked.</summary>
internal sealed record TestDocument(string Path, string Source, ImmutableArray<MarkedSpan> Spans)
{
    /// <summary>The main document first, then the additional documents in the order given.</summary>
    public static ImmutableArray<TestDocument> FromMarkup(string markup, VerifierOptions options)
    {
        var documents = new[] { (Path: options.FilePath, Markup: markup) }
            .Concat(options.AdditionalDocuments)
            .Select(document =>
            {
                var marked = MarkupParser.Parse(document.Markup);
                return new TestDocument(document.Path, marked.Source, marked.Spans);
            })
            .ToImmutableArray();

        var duplicate = documents.GroupBy(document => document.Path, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
            throw new VerifierException($"Two test documents share the path {duplicate.Key}.");
        return documents;
    }
}
