using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ClrGraph.Building;
using QuikGraph;

namespace ClrGraph.Export.Explorer;

/// <summary>
/// The explorer's data block (format <c>clrgraph-explorer/3</c>): one object written with System.Text.Json (so
/// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> are escaped and no <c>&lt;/script</c> can end the block). Its
/// <c>fields</c> name the columns of each kind of record; <c>positionUnit</c> is what a position's number counts (1,
/// or 10 for a layout tens of thousands wide); then <c>colors</c>, <c>sites</c> and <c>sections</c> (strings the
/// records refer to by index) and <c>subsystems</c>, <c>readingLists</c> and <c>posts</c>, one record (a JSON array)
/// per line, each kind by id. A record leaves out the columns at its end that hold their default (see the fields
/// below). A post's <c>url</c> is its path alone when it is <c>https://</c> + its site + that path; its
/// <c>covers</c> (the primary subsystem first) and <c>lists</c> are indices of subsystems and reading lists. Edges
/// live on the record of their post or child subsystem, so a change to a post's subsystems changes its line only.
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
    /// <c>color</c> its primary subsystem's; <c>suggested</c> (its subsystems not reviewed yet) false.
    /// </summary>
    public static readonly string[] PostFields =
        ["title", "url", "site", "year", "section", "note", "x", "y", "covers", "lists", "id", "color", "suggested"];

    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static void Write(
        IEdgeListGraph<Node, Edge> graph,
        IReadOnlyDictionary<Node, (double X, double Y)> positions,
        Stream output
    )
    {
        var subsystems = graph.Subsystems().OrderBy(s => s.Id, StringComparer.Ordinal).ToArray();
        var lists = Presentation.InFileOrder(graph.ReadingLists()).ToArray();
        var posts = graph.Posts().OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();
        var subsystemIndex = IndexOf(subsystems.Select(s => s.SubsystemId));
        var listIndex = IndexOf(lists.Select(l => l.Id));
        var listsOfPost = graph
            .Edges.OfType<ListsEdge>()
            .ToLookup(e => e.Post.Id, e => listIndex[e.ReadingList.Id], StringComparer.Ordinal);
        var colors = IndexOf(
            subsystems.Select(s => s.Color).Concat(posts.Select(p => p.Color)).Distinct().Order(StringComparer.Ordinal)
        );
        var siteNames = posts.Select(Presentation.SiteName).ToArray(); // the site as the page shows it, a post each
        var sites = IndexOf(siteNames.Distinct().Order(StringComparer.Ordinal));
        var sections = IndexOf(posts.Select(p => p.Section).Distinct().Order(StringComparer.Ordinal));
        var decimals = PositionDecimals(graph.Vertices.Select(v => positions[v]));
        double X(Node node) => Round(positions[node].X, decimals);
        double Y(Node node) => Round(positions[node].Y, decimals);
        void Raw(string text) => output.Write(Encoding.UTF8.GetBytes(text));
        void Value(object? value) => output.Write(JsonSerializer.SerializeToUtf8Bytes(value, Options));
        void Table<T>(string name, IEnumerable<T> rows, Func<T, object?> record)
        {
            Raw(",\n\"" + name + "\":[");
            var separator = "\n";
            foreach (var row in rows)
            {
                Raw(separator);
                Value(record(row));
                separator = ",\n";
            }

            Raw("]");
        }

        Raw("{\"format\":\"clrgraph-explorer/3\",\n\"title\":");
        Value(Presentation.GraphTitle);
        Raw(",\n\"fields\":");
        Value(new { subsystems = SubsystemFields, readingLists = ReadingListFields, posts = PostFields });
        Raw(",\n\"positionUnit\":" + PositionUnit(decimals).ToString(CultureInfo.InvariantCulture));
        Table("colors", colors.Keys, c => c);
        Table("sites", sites.Keys, s => s);
        Table("sections", sections.Keys, s => s);
        Table(
            "subsystems",
            subsystems,
            s =>
            {
                int? parent = s.ParentId is { } id && subsystemIndex.TryGetValue(id, out var i) ? i : null;
                ImmutableArray<string>[] tail = [s.Botr, s.Source, s.DesignDocs, s.Keywords];
                object?[] record = [s.Id, s.Name, s.Summary ?? "", parent, colors[s.Color], X(s), Y(s), .. tail];
                return record[..(8 + Array.FindLastIndex(tail, t => t.Length > 0))];
            }
        );
        Table(
            "readingLists",
            lists,
            l =>
            {
                object?[] record = [l.Id, l.Title, X(l), Y(l), l.Url];
                return l.Url is null ? record[..4] : record;
            }
        );
        Table(
            "posts",
            posts.Index(),
            entry =>
            {
                var (p, site) = (entry.Item, siteNames[entry.Index]);
                // A URL on the post's site is written from the slash after the host.
                var onSite = "https://" + site + "/";
                var url =
                    site.Length > 0 && p.Url.StartsWith(onSite, StringComparison.Ordinal)
                        ? p.Url[(onSite.Length - 1)..]
                        : p.Url;
                var covers = p.Subsystems.Where(subsystemIndex.ContainsKey).Select(s => subsystemIndex[s]).ToArray();
                var inLists = listsOfPost[p.Id].Order().ToArray();
                var rebuiltId = url == p.Url ? null : RebuiltPostId(site, url);
                var primaryColor = covers.Length > 0 && subsystems[covers[0]].Color == p.Color;
                object?[] record =
                [
                    Presentation.Title(p), url, sites[site], p.Year, sections[p.Section], p.Note, X(p), Y(p), covers,
                    inLists, rebuiltId == p.Id ? null : p.Id, colors[p.Color], true,
                ];

                // The last columns are left out while they hold what the page fills in.
                return record[..(p.Suggested ? 13
                    : !primaryColor ? 12
                    : rebuiltId != p.Id ? 11
                    : inLists.Length > 0 ? 10
                    : 9)];
            }
        );
        Raw("}\n");
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
        var finite = positions.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)).ToList();
        var extent = finite.Count == 0
            ? 0
            : Math.Max(finite.Max(p => p.X) - finite.Min(p => p.X), finite.Max(p => p.Y) - finite.Min(p => p.Y));
        return extent > 0 ? Math.Clamp(3 - (int)Math.Floor(Math.Log10(extent)), -6, 12) : 0;
    }

    /// <summary>What a position's number counts: 1, or tens (or more) when the decimals are negative.</summary>
    public static long PositionUnit(int decimals) => decimals >= 0 ? 1 : (long)Math.Pow(10, -decimals);

    // In position units, rounded away from zero at the midpoint, never -0, NaN or infinity.
    private static double Round(double value, int decimals) =>
        !double.IsFinite(value) ? 0
        : decimals >= 0 ? Math.Round(value, decimals, MidpointRounding.AwayFromZero) + 0.0
        : Math.Round(value / PositionUnit(decimals), MidpointRounding.AwayFromZero) + 0.0;

    private static Dictionary<string, int> IndexOf(IEnumerable<string> keys) =>
        keys.Select((key, i) => (key, i)).ToDictionary(p => p.key, p => p.i, StringComparer.Ordinal);
}
