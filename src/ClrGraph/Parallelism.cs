namespace ClrGraph;

/// <summary>When a run is large enough to spread its work over the cores.</summary>
public static class Parallelism
{
    /// <summary>
    /// Above this many edges (or posts and links, before there is a graph) the taxonomy's posts are checked beside the
    /// grouping of the lists' links, PageRank runs beside the counts, and the build's leftovers are collected before the
    /// files are written; below it, that costs more than it saves. (The files are always written one thread per core:
    /// see <c>OutputFolder.Write</c>.)
    /// </summary>
    public const int Above = 20_000;
}
