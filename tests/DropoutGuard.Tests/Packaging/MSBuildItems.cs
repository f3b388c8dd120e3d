using System.Text.Json;

namespace DropoutGuard.Tests.Packaging;

/// <summary>Reads the JSON that MSBuild's <c>-getItem</c> prints: <c>{ "Items": { "Analyzer": [ { "FullPath": … } ] } }</c>.</summary>
public static class MSBuildItems
{
    /// <summary>The full paths of the <paramref name="itemType"/> items in <paramref name="json"/>.</summary>
    public static IReadOnlyList<string> FullPaths(string json, string itemType)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("Items").GetProperty(itemType).EnumerateArray()
            .Select(item => item.GetProperty("FullPath").GetString()!)
            .ToList();
    }
}
