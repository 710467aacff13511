using ClrGraph.Building;
using QuikGraph;

namespace ClrGraph.Export.Explorer;

/// <summary>What the explorer page shows: the graph's nodes where the layout put them, with their edges.</summary>
internal sealed record ExplorerData(
    IEdgeListGraph<Node, Edge> Graph,
    IReadOnlyDictionary<Node, (double X, double Y)> Positions,
    string Title = ExplorerData.DefaultTitle
)
{
    public const string DefaultTitle = "Which posts explain which part of the CLR";
}
