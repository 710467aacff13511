namespace ClrGraph.Building;

/// <summary>Makes every node id: a kind, a colon and a name, a valid XML NMTOKEN that orders nodes by kind.</summary>
internal static class NodeId
{
    /// <summary><c>subsystem:&lt;subsystem id&gt;</c>.</summary>
    public static string Subsystem(string subsystemId) => "subsystem:" + subsystemId;

    /// <summary><c>post:&lt;slug of the URL&gt;</c>.</summary>
    public static string Post(string slug) => "post:" + slug;

    /// <summary><c>list:&lt;file stem&gt;</c>.</summary>
    public static string ReadingList(string stem) => "list:" + stem;
}
