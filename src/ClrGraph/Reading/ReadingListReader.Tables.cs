using System.Collections.Frozen;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ClrGraph.Reading;

// Lists written as Markdown tables: each body row is an item.
internal static partial class ReadingListReader
{
    private sealed partial class Walker
    {
        // A table row is a list item: its first post link is the main one, and its other cells are the note.
        // What a table's header says of each column: a column of tags, which are the note's words and the post's
        // tags too, or of a reading list's bookkeeping ("Status", "Created", as Notion and Airtable export them), which
        // is no part of a note.
        private List<string> Columns(Table table)
        {
            var header = table.OfType<TableRow>().FirstOrDefault(row => row.IsHeader);
            return header is null
                ? []
                : [
                    .. header.Select(cell =>
                        string.Concat(((ContainerBlock)cell).OfType<LeafBlock>().Select(p => NoteWithout(p, [])))
                            .Trim()
                    ),
                ];
        }

        private void VisitRow(TableRow row, List<string> columns)
        {
            _links.Clear();
            var firstLinkOfCell = new List<int>(row.Count);
            foreach (var cell in row)
            {
                firstLinkOfCell.Add(_links.Count);
                foreach (var paragraph in ((ContainerBlock)cell).OfType<LeafBlock>())
                {
                    CollectLinks(paragraph.Inline);
                }
            }

            if (_links.Count == 0)
            {
                return; // a row without a link is no post
            }

            var mainIndex = _links.FindIndex(l => l.Kind == LinkTextKind.Real);
            var mainCell = firstLinkOfCell.FindLastIndex(first => first <= Math.Max(0, mainIndex));
            var texts = CellTexts(row);
            string Cells(Func<int, bool> include) =>
                string.Join("; ", texts.Where((text, i) => text.Length > 0 && include(i)));
            // "| How the .NET Runtime loads a Type | https://… | type-loader |", as spreadsheets and Notion export
            // them, or "| Regions | Maoni | [link](…) |": an address, or a link whose text says nothing alone, is
            // titled by the first cell of words before it ("[video](…)" then makes "Regions (video)").
            var titleCell = -1;
            var rowWords = _itemWords;
            for (var c = 0; c < mainCell && mainIndex < 0 && titleCell < 0; c++)
            {
                var words = firstLinkOfCell[c] == firstLinkOfCell[c + 1] ? texts[c] : "";
                if (CanTitle(words))
                {
                    (rowWords, titleCell) = (new ItemWords(words), c);
                }
            }

            bool Is(int cell, FrozenSet<string> names) => cell < columns.Count && names.Contains(columns[cell]);
            // "| Slow queries | [X](…) | [X](…) |" under "|  | MS SQL Server | MySQL |": a link that says nothing
            // alone, in a row titled by its words, is told from the row's other links by its column's header.
            for (var c = 0; titleCell >= 0 && c < Math.Min(columns.Count, firstLinkOfCell.Count); c++)
            {
                var header = columns[c];
                if (!CanTitle(header) || LinkText.Classify(header, "") != LinkTextKind.Real
                    || LinkText.IsFieldLabel(header)
                    || string.Equals(header, columns[titleCell], StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var end = c + 1 < firstLinkOfCell.Count ? firstLinkOfCell[c + 1] : _links.Count;
                for (var i = firstLinkOfCell[c]; i < end; i++)
                {
                    if (_links[i].Kind is LinkTextKind.Pointer or LinkTextKind.Url)
                    {
                        _links[i] = _links[i] with { Column = header };
                    }
                }
            }

            // "| Regions | Maoni | 2022 | [Regions](…) |": a cell that is only a date is the post's year, and one
            // that repeats the title is the title, neither of them the note.
            var repeated = mainIndex < 0 ? -1
                : texts.FindIndex(t => string.Equals(t, _links[mainIndex].Text, StringComparison.OrdinalIgnoreCase));
            bool Kept(int cell) => cell != mainCell && cell != titleCell && cell != repeated && !Is(cell, Bookkeeping);
            var (dateCell, year) = Enumerable.Range(0, texts.Count)
                .Where(Kept)
                .Select(c => (Cell: c, Year: YearOf(texts[c])))
                .FirstOrDefault(d => d.Year is not null, (-1, null));
            var note = _links.Count > MaxLinksWithNotes ? "" : Cells(i => Kept(i) && i != dateCell);
            // The row's tags go where a bookmark export's do: on each link, which Add gives its post.
            var tags = Cells(i => Is(i, TagColumns));
            for (var i = 0; i < _links.Count; i++)
            {
                _links[i] = _links[i] with { Tags = tags, Year = year };
            }

            AddAll(leaf: null, note, rowWords);
        }

        // Each cell's text without the row's links, its paragraphs apart; the links are taken out once for the row.
        private List<string> CellTexts(TableRow row)
        {
            _holes.Clear();
            _holes.UnionWith(_links.Select(candidate => candidate.Link));
            return [
                .. row.Select(cell => string.Join("; ", ((ContainerBlock)cell).OfType<LeafBlock>()
                    .Select(paragraph => PlainText.Note(paragraph.Inline, _holes, _scratch))
                    .Where(text => text.Length > 0))),
            ];
        }
    }
}
