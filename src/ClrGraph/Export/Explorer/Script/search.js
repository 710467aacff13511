// ---- search -------------------------------------------------------------------------------------------------------

// Results rank by where the words are found: the whole name or title, its start, the start of one of its words, in it,
// then only in the notes, summaries and sites; a subsystem's id and keywords count as its name. When nothing matches,
// a word one letter off (added, missing, changed or two swapped) is forgiven.
const SEARCH_RESULTS = 100;
// The matches kept in order (the list shows the first SEARCH_RESULTS, the graph rings them); the others are counted.
const MATCHES_KEPT = 2000;
const FORGIVEN = 5;
const searchBox = document.getElementById("search");
const resultList = document.getElementById("results");
const resultCount = document.getElementById("result-count");
const found = document.getElementById("found");
let names = null;
let haystack = null;
let subsystemNames = null;
// Every node in the order results of one rank are listed (subsystems, lists, posts; the shorter label first), and
// each node's place in it.
let searchOrder = null;
let orderOf = null;
let matchCount = 0;

// "(press /)" means nothing on a touch screen or a phone: there the placeholder leaves it out.
const touchOrNarrow = matchMedia("(pointer: coarse), (max-width: 48rem)");
const hintSearchKey = () => (searchBox.placeholder = "Search subsystems and posts" + (touchOrNarrow.matches
  ? "" : " (press /)"));
touchOrNarrow.addEventListener("change", hintSearchKey);
hintSearchKey();

// The text of the last search run, for tests that wait for a typed query to be searched.
let searchedText = "";

const kindOrder = (i) => (kind[i] === SUBSYSTEM ? 0 : kind[i] === READING_LIST ? 1 : 2);

// Lower-cased names and everything else, made once after the first frame; a subsystem's names are its name, id and
// keywords.
function buildHaystack() {
  if (names !== null) return;
  names = new Array(N);
  haystack = new Array(N);
  subsystemNames = subsystems.map((s) => [s.name, s.id.slice(s.id.indexOf(":") + 1), ...s.keywords]
    .map((name) => name.toLowerCase()));
  subsystems.forEach((s, i) => {
    names[i] = subsystemNames[i].join("\n");
    haystack[i] = names[i] + "\n" + s.summary.toLowerCase();
  });
  readingLists.forEach((l, i) => (names[S + i] = haystack[S + i] = l.title.toLowerCase()));
  posts.forEach((p, i) => {
    names[FIRST_POST + i] = p.title.toLowerCase();
    haystack[FIRST_POST + i] = names[FIRST_POST + i] + "\n" + p.note.toLowerCase() + "\n" + p.site.toLowerCase();
  });
  const orderKey = (i) => (kindOrder(i) * 4096 + Math.min(labels[i].length, 4095)) * 262144 + i;
  searchOrder = Int32Array.from(Float64Array.from({ length: N }, (_, i) => orderKey(i)).sort(), (k) => k % 262144);
  orderOf = new Int32Array(N);
  for (let k = 0; k < N; k++) orderOf[searchOrder[k]] = k;
}

const isWordCode = (c) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c > 127;

function wordStartIn(text, word) {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !isWordCode(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

// Whether every word is in the name (or, atWordStart, starts one of its words).
function inName(name, words, atWordStart) {
  for (const w of words) if (atWordStart ? !wordStartIn(name, w) : !name.includes(w)) return false;
  return true;
}

// 0 exact, 1 prefix, 2 every word starts a word of the name, 3 every word in the name, 4 elsewhere; -1 when a word is
// nowhere. From `coarsest` on ranks are not told apart (no match of them is kept): they come back as `coarsest`.
function rank(i, query, words, coarsest) {
  const inNames = inName(names[i], words, false);
  if (!inNames) for (const w of words) if (!haystack[i].includes(w)) return -1;
  if (kind[i] === SUBSYSTEM) {
    const lines = subsystemNames[i];
    if (lines.includes(query)) return 0;
    for (const line of lines) if (line.startsWith(query)) return 1;
  } else {
    const name = names[i];
    if (name === query) return 0;
    if (name.startsWith(query)) return 1;
  }
  if (coarsest <= 2) return coarsest;
  if (inNames && inName(names[i], words, true)) return 2;
  if (coarsest <= 3) return coarsest;
  return inNames ? 3 : 4;
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

const letterOrDigit = /[\p{L}\p{N}]/u;

// Whether the character at k is part of a word: a letter or a digit (the text is lower-cased).
function inWordAt(text, k) {
  const c = text.charCodeAt(k);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
  const second = c >= 0xdc00 && c <= 0xdfff && k > 0;
  return letterOrDigit.test(String.fromCodePoint(text.codePointAt(second ? k - 1 : k)));
}

// Parts of a query word of which every close spelling has one whole: the word itself when it must only start a word;
// else the letters before its middle two and those after them (one edit or swap leaves one side untouched).
function closeParts(w) {
  if (w.length < 4) return [w];
  const middle = w.length >> 1;
  return [w.slice(0, middle - 1), w.slice(middle + 1)];
}

// Whether the text has a word that starts with w or (from four letters on) is one letter off: found where the text
// has one of w's parts, so that only the words around those are compared.
function hasCloseWord(text, w, parts) {
  for (const part of parts) {
    for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      let start = at;
      let end = at;
      while (start > 0 && inWordAt(text, start - 1)) start--;
      while (end < text.length && inWordAt(text, end)) end++;
      const word = text.slice(start, end);
      if (word.startsWith(w) || (w.length >= 4 && oneOff(w, word))) return true;
    }
  }
  return false;
}

// The nodes that have, for every word, a word that starts with it or (from four letters on) is one letter off.
function nearly(words) {
  buildHaystack();
  const parts = words.map(closeParts);
  const found = [];
  for (let i = 0; i < N; i++) {
    let all = true;
    for (let k = 0; k < words.length && all; k++) all = hasCloseWord(haystack[i], words[k], parts[k]);
    if (all) found.push(i);
  }
  return found;
}

// Nodes are visited in the order of their kind and label, so each rank's matches come in listed order and need no
// sort; once MATCHES_KEPT are kept in the better ranks, the rest are only counted.
function search(text) {
  searchedText = text;
  const query = text.trim().toLowerCase().replace(/\s+/g, " ");
  const words = query.split(" ").filter((w) => w.length > 0);
  const ranked = [[], [], [], [], []];
  let kept = 0;
  let coarsest = 4;
  let forgiven = false;
  matchCount = 0;
  if (words.length > 0) {
    buildHaystack();
    for (let k = 0; k < N; k++) {
      const i = searchOrder[k];
      const r = rank(i, query, words, coarsest);
      if (r < 0) continue;
      matchCount++;
      if (r >= coarsest && kept >= MATCHES_KEPT) continue;
      ranked[r].push(i);
      kept++;
      // Once the better ranks hold enough, nothing of this rank or worse can be kept: stop telling them apart.
      while (coarsest > 1 && kept - ranked[coarsest].length >= MATCHES_KEPT) kept -= ranked[coarsest--].length;
    }
    // A close spelling of a word under four letters is a word it starts, which the pass above would have found.
    if (matchCount === 0 && words.some((w) => w.length >= 4)) {
      forgiven = true;
      ranked[FORGIVEN - 1] = nearly(words).sort((a, b) => orderOf[a] - orderOf[b]);
      matchCount = ranked[FORGIVEN - 1].length;
    }
  }
  matches = ranked.slice(0, coarsest + 1).flat().slice(0, MATCHES_KEPT);
  resultList.replaceChildren();
  for (const i of matches.slice(0, SEARCH_RESULTS)) {
    const item = document.createElement("li");
    item.append(nodeButton(i, "", true));
    resultList.append(item);
  }
  const listed = matchCount > SEARCH_RESULTS ? ", the first " + SEARCH_RESULTS + " listed" : "";
  const close = forgiven ? " (nothing matches exactly; close spellings)" : "";
  resultCount.textContent = words.length === 0 ? ""
    : matchCount === 0 ? "Nothing matches."
    : plural(matchCount, "match", "matches") + listed + close + ".";
  found.hidden = words.length === 0;
  changed(false);
}
