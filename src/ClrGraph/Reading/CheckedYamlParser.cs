using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ClrGraph.Reading;

/// <summary>
/// YamlDotNet's parser, with every way it fails turned into a <see cref="YamlException"/>: on some malformed input (an
/// unclosed flow sequence running into block keys) it throws <see cref="InvalidOperationException"/>, which would
/// otherwise surface as a crash instead of a diagnostic.
/// </summary>
internal sealed class CheckedYamlParser(TextReader input) : IParser
{
    private readonly Parser _inner = new(input);
    private Mark _reached = Mark.Empty;

    /// <inheritdoc />
    public ParsingEvent? Current => _inner.Current;

    /// <inheritdoc />
    public bool MoveNext()
    {
        try
        {
            var more = _inner.MoveNext();
            _reached = _inner.Current?.End ?? _reached;
            return more;
        }
        catch (InvalidOperationException e)
        {
            throw new YamlException(
                _reached,
                _reached,
                "the YAML cannot be parsed after this point; look for an unclosed '[', '{' or quote",
                e
            );
        }
    }
}
