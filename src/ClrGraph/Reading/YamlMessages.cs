using YamlDotNet.Core;

namespace ClrGraph.Reading;

/// <summary>Turns YamlDotNet's exception text into a diagnostic message.</summary>
internal static class YamlMessages
{
    /// <summary>The parser's message without the position prefix that our diagnostic already carries.</summary>
    public static string Clean(YamlException e)
    {
        var message = e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0)
        {
            message = message[(close + 3)..];
        }

        return message.TrimEnd('.');
    }

    /// <summary>How to fix the error, where its message alone does not say; null otherwise.</summary>
    public static string? Hint(YamlException e) =>
        e.Message.Contains("mapping values are not allowed in this context", StringComparison.OrdinalIgnoreCase)
        || e.Message.Contains("found invalid mapping", StringComparison.OrdinalIgnoreCase)
            ? "a value that contains ': ' must be quoted: note: \"Tiered JIT: how it works\""
            : null;
}
