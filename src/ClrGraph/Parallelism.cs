namespace ClrGraph;

/// <summary>When a run is large enough to spread its work over the cores.</summary>
public static class Parallelism
{
    /// <summary>
    /// Above this many edges (or posts and links, before there is a graph) the pipeline uses other cores; below it,
    /// starting threads costs more than it saves.
    /// </summary>
    public const int Above = 20_000;
}
