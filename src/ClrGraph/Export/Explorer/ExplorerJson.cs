using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ClrGraph.Export.Explorer;

/// <summary>
/// The explorer's data block (format <c>clrgraph-explorer/2</c>): written with System.Text.Json, whose encoder
/// escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>; one record per line, each kind of node by id, ordinally.
/// </summary>
internal static class ExplorerJson
{
    /// <summary>The names of a subsystem record's columns, in order.</summary>
    public static readonly string[] SubsystemFields =
    [
        "id",
        "name",
        "summary",
        "parent",
        "color",
        "x",
        "y",
        "botr",
        "source",
        "designDocs",
        "keywords",
    ];

    /// <summary>The names of a reading list record's columns, in order.</summary>
    public static readonly string[] ReadingListFields = ["id", "title", "url", "x", "y"];

    /// <summary>The names of a post record's columns, in order.</summary>
    public static readonly string[] PostFields =
    [
        "id",
        "title",
        "url",
        "site",
        "year",
        "section",
        "note",
        "color",
        "x",
        "y",
        "covers",
        "lists",
    ];

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Writes the data block's JSON, ending in a line break, as UTF-8.</summary>
    public static void Write(ExplorerData data, Stream output)
    {
        var subsystems = data.Subsystems.OrderBy(s => s.Id, StringComparer.Ordinal).ToArray();
        var lists = data.ReadingLists.OrderBy(l => l.Id, StringComparer.Ordinal).ToArray();
        var posts = data.Posts.OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();
        var subsystemIndex = IndexOf(subsystems.Select(s => s.Id));
        var listIndex = IndexOf(lists.Select(l => l.Id));
        var colors = IndexOf(
            subsystems.Select(s => s.Color).Concat(posts.Select(p => p.Color)).Distinct().Order(StringComparer.Ordinal)
        );
        var sites = IndexOf(posts.Select(p => p.Site).Distinct().Order(StringComparer.Ordinal));
        var sections = IndexOf(posts.Select(p => p.Section).Distinct().Order(StringComparer.Ordinal));
        var decimals = PositionDecimals(
            subsystems
                .Select(s => (s.X, s.Y))
                .Concat(lists.Select(l => (l.X, l.Y)))
                .Concat(posts.Select(p => (p.X, p.Y)))
        );

        using var line = new Line(output);
        line.Raw("{\"format\":\"clrgraph-explorer/2\",\n\"title\":");
        line.Record(w => w.WriteStringValue(data.Title));
        line.Raw(",\n\"fields\":");
        line.Record(w =>
        {
            w.WriteStartObject();
            WriteStrings(w, "subsystems", SubsystemFields);
            WriteStrings(w, "readingLists", ReadingListFields);
            WriteStrings(w, "posts", PostFields);
            w.WriteEndObject();
        });
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
                w.WriteStringValue(s.Summary);
                if (s.ParentId is { } parent && subsystemIndex.TryGetValue(parent, out var p))
                {
                    w.WriteNumberValue(p);
                }
                else
                {
                    w.WriteNullValue();
                }

                w.WriteNumberValue(colors[s.Color]);
                WritePosition(w, s.X, s.Y, decimals);
                WriteStrings(w, s.Botr);
                WriteStrings(w, s.Source);
                WriteStrings(w, s.DesignDocs);
                WriteStrings(w, s.Keywords);
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
                w.WriteStringValue(l.Url);
                WritePosition(w, l.X, l.Y, decimals);
                w.WriteEndArray();
            }
        );
        line.Table(
            "posts",
            posts,
            (w, p) =>
            {
                w.WriteStartArray();
                w.WriteStringValue(p.Id);
                w.WriteStringValue(p.Title);
                var onSite = "https://" + p.Site + "/";
                w.WriteStringValue(
                    p.Site.Length > 0 && p.Url.StartsWith(onSite, StringComparison.Ordinal)
                        ? p.Url[(onSite.Length - 1)..]
                        : p.Url
                );
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
                w.WriteNumberValue(colors[p.Color]);
                WritePosition(w, p.X, p.Y, decimals);
                WriteIndices(w, p.Subsystems, subsystemIndex);
                WriteIndices(w, p.ReadingLists, listIndex);
                w.WriteEndArray();
            }
        );
        line.Raw("}\n");
    }

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
        return extent > 0 ? Math.Clamp(3 - (int)Math.Floor(Math.Log10(extent)), 0, 12) : 0;
    }

    private static void WritePosition(Utf8JsonWriter writer, double x, double y, int decimals)
    {
        writer.WriteNumberValue(Round(x, decimals));
        writer.WriteNumberValue(Round(y, decimals));
    }

    // Rounded away from zero at the midpoint, never -0, NaN or infinity.
    private static double Round(double value, int decimals) =>
        double.IsFinite(value) ? Math.Round(value, decimals, MidpointRounding.AwayFromZero) + 0.0 : 0;

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

    private static void WriteIndices(Utf8JsonWriter writer, IReadOnlyList<string> ids, Dictionary<string, int> index)
    {
        writer.WriteStartArray();
        foreach (var id in ids)
        {
            if (index.TryGetValue(id, out var i))
            {
                writer.WriteNumberValue(i);
            }
        }

        writer.WriteEndArray();
    }

    private static Dictionary<string, int> IndexOf(IEnumerable<string> ids)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!index.TryAdd(id, index.Count))
            {
                throw new ArgumentException("node id '" + id + "' appears twice", nameof(ids));
            }
        }

        return index;
    }

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
