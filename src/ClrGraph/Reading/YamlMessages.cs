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
}
