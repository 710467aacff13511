using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ClrGraph.Building;

namespace ClrGraph.Export.Explorer;

/// <summary>
/// The explorer's data block (format <c>clrgraph-explorer/3</c>): written with System.Text.Json, whose encoder
/// escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>; one record per line, each kind of node by id, ordinally.
/// </summary>
internal static class ExplorerJson
{
    /// <summary>The names of a subsystem record's columns, in order; empty lists at its end are left out.</summary>
    public static readonly string[] SubsystemFields =
        ["id", "name", "summary", "parent", "color", "x", "y", "botr", "source", "designDocs", "keywords"];

    /// <summary>The names of a reading list record's columns, in order; a null <c>url</c> is left out.</summary>
    public static readonly string[] ReadingListFields = ["id", "title", "x", "y", "url"];

    /// <summary>
    /// The names of a post record's columns, in order. The last ones hold defaults the page fills in when they are
    /// left out (null in the middle of a record): <c>lists</c> empty; <c>id</c> its <see cref="RebuiltPostId"/>;
    /// <c>color</c> its primary subsystem's.
    /// </summary>
    public static readonly string[] PostFields =
        ["title", "url", "site", "year", "section", "note", "x", "y", "covers", "lists", "id", "color"];

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static void Write(ExplorerData data, Stream output)
    {
        var (graph, positions, title) = data;
        var subsystems = graph.Subsystems().OrderBy(s => s.Id, StringComparer.Ordinal).ToArray();
        var lists = graph.ReadingLists().OrderBy(l => l.Id, StringComparer.Ordinal).ToArray();
        var posts = graph.Posts().OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();
        var subsystemIndex = IndexOf(subsystems.Select(s => s.SubsystemId));
        var listIndex = IndexOf(lists.Select(l => l.Id));
        var listsOfPost = graph
            .Edges.OfType<ListsEdge>()
            .ToLookup(e => e.Post.Id, e => listIndex[e.ReadingList.Id], StringComparer.Ordinal);
        var colors = IndexOf(
            subsystems.Select(s => s.Color).Concat(posts.Select(p => p.Color)).Distinct().Order(StringComparer.Ordinal)
        );
        var sites = IndexOf(posts.Select(p => p.Site).Distinct().Order(StringComparer.Ordinal));
        var sections = IndexOf(posts.Select(p => p.Section).Distinct().Order(StringComparer.Ordinal));
        var decimals = PositionDecimals(graph.Vertices.Select(v => positions[v]));

        using var line = new Line(output);
        line.Raw("{\"format\":\"clrgraph-explorer/3\",\n\"title\":");
        line.Record(w => w.WriteStringValue(title));
        line.Raw(",\n\"fields\":");
        line.Record(w =>
        {
            w.WriteStartObject();
            WriteStrings(w, "subsystems", SubsystemFields);
            WriteStrings(w, "readingLists", ReadingListFields);
            WriteStrings(w, "posts", PostFields);
            w.WriteEndObject();
        });
        line.Raw(",\n\"positionUnit\":" + PositionUnit(decimals).ToString(CultureInfo.InvariantCulture));
        line.Table("colors", colors.Keys.Order(StringComparer.Ordinal), (w, c) => w.WriteStringValue(c));
        line.Table("sites", sites.Keys.Order(StringComparer.Ordinal), (w, s) => w.WriteStringValue(s));
        line.Table("sections", sections.Keys.Order(StringComparer.Ordinal), (w, s) => w.WriteStringValue(s));
        line.Table(
            "subsystems",
            subsystems,
            (w, s) =>
            {
                w.WriteStartArray();
                w.WriteStringValue(s.Id);
                w.WriteStringValue(s.Name);
                w.WriteStringValue(s.Summary ?? "");
                if (s.ParentId is { } parent && subsystemIndex.TryGetValue(parent, out var p))
                {
                    w.WriteNumberValue(p);
                }
                else
                {
                    w.WriteNullValue();
                }

                w.WriteNumberValue(colors[s.Color]);
                WritePosition(w, positions[s], decimals);
                ImmutableArray<string>[] tail = [s.Botr, s.Source, s.DesignDocs, s.Keywords];
                foreach (var strings in tail[..(Array.FindLastIndex(tail, t => t.Length > 0) + 1)])
                {
                    WriteStrings(w, strings);
                }

                w.WriteEndArray();
            }
        );
        line.Table(
            "readingLists",
            lists,
            (w, l) =>
            {
                w.WriteStartArray();
                w.WriteStringValue(l.Id);
                w.WriteStringValue(l.Title);
                WritePosition(w, positions[l], decimals);
                if (l.Url is { } url)
                {
                    w.WriteStringValue(url);
                }

                w.WriteEndArray();
            }
        );
        line.Table(
            "posts",
            posts,
            (w, p) =>
            {
                w.WriteStartArray();
                w.WriteStringValue(p.Title);
                var onSite = "https://" + p.Site + "/";
                var url =
                    p.Site.Length > 0 && p.Url.StartsWith(onSite, StringComparison.Ordinal)
                        ? p.Url[(onSite.Length - 1)..]
                        : p.Url;
                w.WriteStringValue(url);
                w.WriteNumberValue(sites[p.Site]);
                if (p.Year is { } year)
                {
                    w.WriteNumberValue(year);
                }
                else
                {
                    w.WriteNullValue();
                }

                w.WriteNumberValue(sections[p.Section]);
                w.WriteStringValue(p.Note);
                WritePosition(w, positions[p], decimals);
                var covers = p.Subsystems.Where(subsystemIndex.ContainsKey).Select(s => subsystemIndex[s]).ToList();
                WriteNumbers(w, covers);
                var primaryColor = covers.Count > 0 && subsystems[covers[0]].Color == p.Color;
                var rebuiltId = url == p.Url ? null : RebuiltPostId(p.Site, url);
                var writeId = !primaryColor || rebuiltId != p.Id;
                if (writeId || listsOfPost[p.Id].Any())
                {
                    WriteNumbers(w, listsOfPost[p.Id].Order());
                }

                if (writeId)
                {
                    w.WriteStringValue(rebuiltId == p.Id ? null : p.Id);
                }

                if (!primaryColor)
                {
                    w.WriteNumberValue(colors[p.Color]);
                }

                w.WriteEndArray();
            }
        );
        line.Raw("}\n");
    }

    /// <summary>
    /// The id the page gives a post whose record leaves its id out: <c>post:</c>, its site, then the path its record
    /// has for its URL with each <c>/</c> as <c>-</c>, less the dashes at its end. The id is left out only when this
    /// is exactly the post's id (as for most: <c>post:devblogs.microsoft.com-dotnet-performance-improvements</c>).
    /// </summary>
    public static string RebuiltPostId(string site, string path) =>
        "post:" + site + path.Replace('/', '-').TrimEnd('-');

    /// <summary>
    /// Decimals enough for positions: a thousandth of the layout's extent (whole units for a layout a few thousand
    /// wide), finer than a screen shows until zoomed in far past a single node.
    /// </summary>
    public static int PositionDecimals(IEnumerable<(double X, double Y)> positions)
    {
        var (minX, minY, maxX, maxY) = (double.PositiveInfinity, double.PositiveInfinity, double.NegativeInfinity,
            double.NegativeInfinity);
        foreach (var (x, y) in positions.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)))
        {
            (minX, minY, maxX, maxY) = (Math.Min(minX, x), Math.Min(minY, y), Math.Max(maxX, x), Math.Max(maxY, y));
        }

        var extent = Math.Max(maxX - minX, maxY - minY);
        return extent > 0 ? Math.Clamp(3 - (int)Math.Floor(Math.Log10(extent)), -6, 12) : 0;
    }

    /// <summary>What a position's number counts: 1, or tens (or more) when the decimals are negative.</summary>
    public static long PositionUnit(int decimals) => decimals >= 0 ? 1 : (long)Math.Pow(10, -decimals);

    private static void WritePosition(Utf8JsonWriter writer, (double X, double Y) position, int decimals)
    {
        writer.WriteNumberValue(Round(position.X, decimals));
        writer.WriteNumberValue(Round(position.Y, decimals));
    }

    // In position units, rounded away from zero at the midpoint, never -0, NaN or infinity.
    private static double Round(double value, int decimals) =>
        !double.IsFinite(value) ? 0
        : decimals >= 0 ? Math.Round(value, decimals, MidpointRounding.AwayFromZero) + 0.0
        : Math.Round(value / PositionUnit(decimals), MidpointRounding.AwayFromZero) + 0.0;

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WritePropertyName(name);
        WriteStrings(writer, values);
    }

    private static void WriteStrings(Utf8JsonWriter writer, IReadOnlyList<string> values)
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteNumbers(Utf8JsonWriter writer, IEnumerable<int> numbers)
    {
        writer.WriteStartArray();
        foreach (var number in numbers)
        {
            writer.WriteNumberValue(number);
        }

        writer.WriteEndArray();
    }

    private static Dictionary<string, int> IndexOf(IEnumerable<string> keys) =>
        keys.Select((key, i) => (key, i)).ToDictionary(p => p.key, p => p.i, StringComparer.Ordinal);

    // Writes JSON values, each on its own line when in a table, straight to the stream.
    private sealed class Line(Stream output) : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(1 << 12);
        private readonly Utf8JsonWriter _writer = new(Stream.Null, Options);

        public void Raw(string text) => output.Write(System.Text.Encoding.UTF8.GetBytes(text));

        public void Record(Action<Utf8JsonWriter> write)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            write(_writer);
            _writer.Flush();
            output.Write(_buffer.WrittenSpan);
        }

        public void Table<T>(string name, IEnumerable<T> rows, Action<Utf8JsonWriter, T> write)
        {
            Raw(",\n\"" + name + "\":[");
            var first = true;
            foreach (var row in rows)
            {
                Raw(first ? "\n" : ",\n");
                first = false;
                Record(w => write(w, row));
            }

            Raw("]");
        }

        public void Dispose() => _writer.Dispose();
    }
}
