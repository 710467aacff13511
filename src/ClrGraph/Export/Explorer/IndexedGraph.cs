namespace ClrGraph.Export.Explorer;

/// <summary>
/// The explorer's input in the page's order (each kind of node by id, ordinally) with its edges attached to their
/// nodes as indices: a post's <c>covers</c> and <c>lists</c> edges, a subsystem's <c>part-of</c> edges.
/// </summary>
internal sealed class IndexedGraph
{
    private IndexedGraph(ExplorerData data)
    {
        Subsystems = [.. data.Subsystems.OrderBy(s => s.Id, StringComparer.Ordinal)];
        ReadingLists = [.. data.ReadingLists.OrderBy(l => l.Id, StringComparer.Ordinal)];
        Posts = [.. data.Posts.OrderBy(p => p.Id, StringComparer.Ordinal)];
        Colors = new StringTable(
            Subsystems.Select(s => s.Color).Concat(ReadingLists.Select(l => l.Color)).Concat(Posts.Select(p => p.Color))
        );
        Sites = new StringTable(Posts.Select(p => p.Site));
        Sections = new StringTable(Posts.Select(p => p.Section));
        SubsystemPartOf = New<List<int>>(Subsystems.Length);
        PostCovers = New<List<int>>(Posts.Length);
        PostLists = New<List<int>>(Posts.Length);
        PostPrimaries = new int[Posts.Length];
    }

    public ExplorerSubsystem[] Subsystems { get; }

    public ExplorerReadingList[] ReadingLists { get; }

    public ExplorerPost[] Posts { get; }

    public StringTable Colors { get; }

    public StringTable Sites { get; }

    public StringTable Sections { get; }

    /// <summary>
    /// Decimals enough for positions: a thousandth of the layout's extent (whole units for a layout a few thousand
    /// wide), finer than a screen shows until zoomed in far past a single node.
    /// </summary>
    public int PositionDecimals { get; private set; }

    /// <summary>Each subsystem's parent (a subsystem index), or -1.</summary>
    public int[] SubsystemParent { get; private set; } = [];

    /// <summary>Each subsystem's top-level subsystem (a subsystem index), or -1.</summary>
    public int[] SubsystemTopLevel { get; private set; } = [];

    /// <summary>The targets of each subsystem's <c>part-of</c> edges.</summary>
    public List<int>[] SubsystemPartOf { get; }

    /// <summary>The subsystems each post covers, its primary ones first, then in the order of its Subsystems.</summary>
    public List<int>[] PostCovers { get; }

    /// <summary>How many of each post's <see cref="PostCovers"/> are primary (they come first).</summary>
    public int[] PostPrimaries { get; }

    /// <summary>The reading lists that list each post.</summary>
    public List<int>[] PostLists { get; }

    /// <summary>Edges of any other shape, by node index (subsystems, then reading lists, then posts).</summary>
    public List<(int Source, int Target, ExplorerEdge Edge)> OtherEdges { get; } = [];

    public static IndexedGraph Create(ExplorerData data)
    {
        var graph = new IndexedGraph(data);
        var subsystems = IndexOf(graph.Subsystems.Select(s => s.Id));
        var lists = IndexOf(graph.ReadingLists.Select(l => l.Id));
        var posts = IndexOf(graph.Posts.Select(p => p.Id));
        graph.SubsystemParent =
        [
            .. graph.Subsystems.Select(s => s.ParentId is { } id ? subsystems.GetValueOrDefault(id, -1) : -1),
        ];
        graph.SubsystemTopLevel = [.. graph.Subsystems.Select(s => subsystems.GetValueOrDefault(s.TopLevelId, -1))];
        var xs = graph
            .Subsystems.Select(s => s.X)
            .Concat(graph.ReadingLists.Select(l => l.X))
            .Concat(graph.Posts.Select(p => p.X));
        var ys = graph
            .Subsystems.Select(s => s.Y)
            .Concat(graph.ReadingLists.Select(l => l.Y))
            .Concat(graph.Posts.Select(p => p.Y));
        var extent = Math.Max(Extent(xs), Extent(ys));
        graph.PositionDecimals = extent > 0 ? Math.Clamp(3 - (int)Math.Floor(Math.Log10(extent)), 0, 12) : 0;
        var primary = new List<int>[graph.Posts.Length];
        foreach (var edge in data.Edges)
        {
            if (
                edge.Relation == "covers"
                && posts.TryGetValue(edge.Source, out var post)
                && subsystems.TryGetValue(edge.Target, out var covered)
            )
            {
                (edge.Primary ? primary[post] ??= [] : graph.PostCovers[post]).Add(covered);
            }
            else if (
                edge.Relation == "lists"
                && lists.TryGetValue(edge.Source, out var list)
                && posts.TryGetValue(edge.Target, out var listed)
            )
            {
                graph.PostLists[listed].Add(list);
            }
            else if (
                edge.Relation == "part-of"
                && subsystems.TryGetValue(edge.Source, out var child)
                && subsystems.TryGetValue(edge.Target, out var parent)
            )
            {
                graph.SubsystemPartOf[child].Add(parent);
            }
            else
            {
                graph.OtherEdges.Add(
                    (
                        graph.NodeIndex(edge.Source, subsystems, lists, posts),
                        graph.NodeIndex(edge.Target, subsystems, lists, posts),
                        edge
                    )
                );
            }
        }

        for (var p = 0; p < graph.Posts.Length; p++)
        {
            var order = graph.Posts[p].Subsystems.Select(id => subsystems.GetValueOrDefault(id, -1)).ToList();
            int Position(int s) => order.IndexOf(s) is var i and >= 0 ? i : order.Count + s;
            var rest = graph.PostCovers[p].OrderBy(Position).ToList();
            var first = (primary[p] ?? []).OrderBy(Position).ToList();
            graph.PostPrimaries[p] = first.Count;
            graph.PostCovers[p].Clear();
            graph.PostCovers[p].AddRange(first);
            graph.PostCovers[p].AddRange(rest);
            graph.PostLists[p].Sort();
        }

        foreach (var parents in graph.SubsystemPartOf)
        {
            parents.Sort();
        }

        graph.OtherEdges.Sort(
            (a, b) =>
            {
                var order = a.Source.CompareTo(b.Source);
                order = order != 0 ? order : a.Target.CompareTo(b.Target);
                order = order != 0 ? order : string.CompareOrdinal(a.Edge.Relation, b.Edge.Relation);
                return order != 0 ? order : a.Edge.Primary.CompareTo(b.Edge.Primary);
            }
        );
        return graph;
    }

    private static double Extent(IEnumerable<double> values)
    {
        var (min, max) = (double.PositiveInfinity, double.NegativeInfinity);
        foreach (var value in values.Where(double.IsFinite))
        {
            (min, max) = (Math.Min(min, value), Math.Max(max, value));
        }

        return max > min ? max - min : 0;
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

    private static T[] New<T>(int length)
        where T : new()
    {
        var array = new T[length];
        for (var i = 0; i < length; i++)
        {
            array[i] = new T();
        }

        return array;
    }

    private int NodeIndex(
        string id,
        Dictionary<string, int> subsystems,
        Dictionary<string, int> lists,
        Dictionary<string, int> posts
    ) =>
        subsystems.TryGetValue(id, out var s) ? s
        : lists.TryGetValue(id, out var l) ? Subsystems.Length + l
        : posts.TryGetValue(id, out var p) ? Subsystems.Length + ReadingLists.Length + p
        : throw new ArgumentException("an edge names the unknown node '" + id + "'", nameof(id));
}

/// <summary>Distinct strings in ordinal order, each written once and referred to by its index.</summary>
internal sealed class StringTable
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public StringTable(IEnumerable<string> values)
    {
        Names = [.. values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        for (var i = 0; i < Names.Length; i++)
        {
            _index[Names[i]] = i;
        }
    }

    public string[] Names { get; }

    public int this[string value] => _index[value];
}
