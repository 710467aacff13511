// ---- search -------------------------------------------------------------------------------------------------------

// Results rank by where the words are found: the whole name or title, its start, the start of one of its words, in it,
// then only in the notes, summaries and sites; a subsystem's id and keywords count as its name. When nothing matches,
// a word one letter off (added, missing, changed or two swapped) is forgiven.
const SEARCH_RESULTS = 100;
const searchBox = document.getElementById("search");
const resultList = document.getElementById("results");
const resultCount = document.getElementById("result-count");
const found = document.getElementById("found");
let names = null;
let haystack = null;

// Lower-cased names (title, or a subsystem's name, id and keywords, one per line) and everything else, made once.
function buildHaystack() {
  if (names !== null) return;
  names = new Array(N);
  haystack = new Array(N);
  subsystems.forEach((s, i) => {
    names[i] = [s.name, s.id.slice(s.id.indexOf(":") + 1), ...s.keywords].join("\n").toLowerCase();
    haystack[i] = names[i] + "\n" + s.summary.toLowerCase();
  });
  readingLists.forEach((l, i) => (names[S + i] = haystack[S + i] = l.title.toLowerCase()));
  posts.forEach((p, i) => {
    names[FIRST_POST + i] = p.title.toLowerCase();
    haystack[FIRST_POST + i] = names[FIRST_POST + i] + "\n" + p.note.toLowerCase() + "\n" + p.site.toLowerCase();
  });
}

const isWordStart = (text, at) => at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]);

function wordStartIn(text, word) {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (isWordStart(text, at)) return true;
  return false;
}

// 0 exact, 1 prefix, 2 every word starts a word, 3 every word in the name, 4 elsewhere, or -1.
function rank(i, query, words) {
  const name = names[i];
  const lines = name.split("\n");
  if (lines.includes(query)) return 0;
  if (lines.some((line) => line.startsWith(query))) return 1;
  if (words.every((w) => wordStartIn(name, w))) return 2;
  if (words.every((w) => name.includes(w))) return 3;
  return words.every((w) => haystack[i].includes(w)) ? 4 : -1;
}

// Whether two words are at most one letter apart: one added, missing or changed, or two neighbours swapped.
function oneOff(a, b) {
  if (Math.abs(a.length - b.length) > 1 || a === b) return a === b;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return swapped || a.slice(i + 1) === b.slice(i + 1);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const wordsOf = (text) => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

function nearly(i, words) {
  const own = wordsOf(haystack[i]);
  return words.every((w) => own.some((o) => o.startsWith(w) || (w.length >= 4 && oneOff(w, o))));
}

const kindOrder = (i) => (kind[i] === SUBSYSTEM ? 0 : kind[i] === READING_LIST ? 1 : 2);

function search(text) {
  const query = text.trim().toLowerCase().replace(/\s+/g, " ");
  const words = query.split(" ").filter((w) => w.length > 0);
  const ranks = [];
  if (words.length > 0) {
    buildHaystack();
    for (let i = 0; i < N; i++) {
      const r = rank(i, query, words);
      if (r >= 0) ranks.push([r, i]);
    }
    if (ranks.length === 0) for (let i = 0; i < N; i++) if (nearly(i, words)) ranks.push([5, i]);
  }
  ranks.sort((a, b) => a[0] - b[0] || kindOrder(a[1]) - kindOrder(b[1]) || labels[a[1]].length - labels[b[1]].length
    || a[1] - b[1]);
  matches = ranks.map(([, i]) => i);
  resultList.replaceChildren();
  for (const i of matches.slice(0, SEARCH_RESULTS)) {
    const item = document.createElement("li");
    item.append(nodeButton(i, "", true));
    resultList.append(item);
  }
  const forgiven = ranks.length > 0 && ranks[0][0] === 5 ? " (nothing matches exactly; close spellings)" : "";
  resultCount.textContent = words.length === 0 ? ""
    : matches.length === 0 ? "Nothing matches."
    : plural(matches.length, "match", "matches") + (matches.length > SEARCH_RESULTS
      ? ", the first " + SEARCH_RESULTS + " listed" : "") + forgiven + ".";
  found.hidden = words.length === 0;
  changed(false);
}
