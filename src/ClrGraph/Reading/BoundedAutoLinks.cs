using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace ClrGraph.Reading;

/// <summary>
/// Markdig's autolinks (bare https://…, www.… and mailto: addresses), at most <see cref="Max"/> in one paragraph,
/// list item or table. Before it reads an address, Markdig's parser looks back over all that its block holds before
/// it, so bare addresses cost time that grows with the square of their number in one block: 25,000 took 5.5 s to
/// check, 50,000 took 20 s. Past the limit, no more are read, and the document says where it was passed.
/// </summary>
internal sealed class BoundedAutoLinks : IMarkdownExtension
{
    public const int Max = 2_000;

    private const string Key = "clrgraph.autolinks";

    /// <summary>Where the first address past the limit stands (0-based line and column), if any.</summary>
    public static (int Line, int Column)? PastLimit(MarkdownDocument document) =>
        document.GetData(Key) as (int, int)?;

    /// <summary>Puts the bounded parser in the place of Markdig's autolinks, which must be set up before.</summary>
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var index = pipeline.InlineParsers.FindIndex(parser => parser is AutoLinkParser);
        pipeline.InlineParsers[index] = new Parser((AutoLinkParser)pipeline.InlineParsers[index]);
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private sealed class Parser : InlineParser
    {
        private readonly AutoLinkParser _autoLinks;

        public Parser(AutoLinkParser autoLinks)
        {
            _autoLinks = autoLinks;
            OpeningCharacters = autoLinks.OpeningCharacters;
        }

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            // Only an address is looked at: Markdig's parser looks back before it sees what follows "h" or "w".
            if (!StartsAddress(slice) || SpacedTarget(slice))
            {
                return false;
            }

            var block = processor.Block!;
            var count = block.GetData(Key) is int n ? n : 0;
            if (count == Max)
            {
                if (processor.Document.GetData(Key) is null)
                {
                    processor.GetSourcePosition(slice.Start, out var line, out var column);
                    processor.Document.SetData(Key, (line, column));
                }

                return false;
            }

            block.SetData(Key, count + 1);
            return _autoLinks.Match(processor, ref slice);
        }

        // "[T](https://a.b/c d.html)": the target of a link Markdown did not read for the space in it, which is warned
        // about; read bare, it would be a post at the address cut at the space.
        private static bool SpacedTarget(StringSlice slice)
        {
            if (slice.Start < 2 || slice.Text.AsSpan(slice.Start - 2, 2) is not "](")
            {
                return false;
            }

            var rest = slice.Text.AsSpan(slice.Start, slice.End - slice.Start + 1);
            var close = rest.IndexOfAny('(', ')', '\n');
            return close > 0 && rest[close] == ')' && rest[..close].Contains(' ');
        }

        private static bool StartsAddress(StringSlice slice) =>
            slice.CurrentChar switch
            {
                'h' => slice.MatchLowercase("ttp://", 1) || slice.MatchLowercase("ttps://", 1),
                'f' => slice.MatchLowercase("tp://", 1),
                'm' => slice.MatchLowercase("ailto:", 1),
                'w' => slice.MatchLowercase("ww.", 1),
                _ => false,
            };
    }
}
