using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ClrGraph.Reading;

/// <summary>Writes one YAML scalar as YamlDotNet's emitter does, for the taxonomy items ClrGraph writes and the
/// values its hints show.</summary>
internal static class YamlScalar
{
    /// <summary>A one-line YAML scalar for <paramref name="value"/>, as YamlDotNet's emitter writes it: plain when
    /// that reads back the same, else quoted.</summary>
    public static string Of(string value)
    {
        var text = Emit(value, ScalarStyle.Any);
        return text.Contains('\n', StringComparison.Ordinal) ? Emit(value, ScalarStyle.DoubleQuoted) : text;
    }

    private static string Emit(string value, ScalarStyle style)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(writer, EmitterSettings.Default.WithBestWidth(int.MaxValue).WithNewLine("\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new Scalar(null, null, value, style, isPlainImplicit: true, isQuotedImplicit: true));
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        var emitted = writer.ToString();
        // The emitter ends the document with a line break, and a plain scalar that YAML would fold with "...".
        return emitted.EndsWith("\n...\n", StringComparison.Ordinal) ? emitted[..^5]
            : emitted.EndsWith('\n') ? emitted[..^1]
            : emitted;
    }
}
