// ---- search -------------------------------------------------------------------------------------------------------

// Results rank by where the words are found: the whole name or title, its start, the start of one of its words, in it,
// then only in the notes, summaries and sites; a subsystem's id and keywords count as its name. When nothing matches,
// a word one letter off (added, missing, changed or two swapped) is forgiven.
const SEARCH_RESULTS = 100;
const FORGIVEN = 5;
const searchBox = document.getElementById("search");
const resultList = document.getElementById("results");
const resultCount = document.getElementById("result-count");
const found = document.getElementById("found");
let names = null;
let haystack = null;
let subsystemNames = null;
let vocabulary = null;

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
}

// Every word of the haystacks, with the nodes that have it: what a misspelt word is compared with.
function buildVocabulary() {
  if (vocabulary !== null) return;
  buildHaystack();
  vocabulary = new Map();
  for (let i = 0; i < N; i++) {
    for (const word of haystack[i].split(/[^\p{L}\p{N}]+/u)) {
      if (word.length === 0) continue;
      const nodes = vocabulary.get(word);
      if (nodes === undefined) vocabulary.set(word, [i]);
      else if (nodes[nodes.length - 1] !== i) nodes.push(i);
    }
  }
}

const isWordCode = (c) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c > 127;

function wordStartIn(text, word) {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !isWordCode(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

// 0 exact, 1 prefix, 2 every word starts a word of the name, 3 every word in the name, 4 elsewhere, or -1.
function rank(i, query, words) {
  for (const w of words) if (!haystack[i].includes(w)) return -1;
  const name = names[i];
  if (kind[i] === SUBSYSTEM) {
    if (subsystemNames[i].includes(query)) return 0;
    if (subsystemNames[i].some((line) => line.startsWith(query))) return 1;
  } else if (name === query) return 0;
  else if (name.startsWith(query)) return 1;
  if (words.every((w) => wordStartIn(name, w))) return 2;
  return words.every((w) => name.includes(w)) ? 3 : 4;
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

// The nodes that have, for every word, a word that starts with it or (from four letters on) is one letter off.
function nearly(words) {
  buildVocabulary();
  let result = null;
  for (const w of words) {
    const nodes = new Set();
    for (const [word, owners] of vocabulary) {
      if (word.startsWith(w) || (w.length >= 4 && oneOff(w, word))) for (const i of owners) nodes.add(i);
    }
    result = result === null ? nodes : new Set([...result].filter((i) => nodes.has(i)));
  }
  return result === null ? [] : [...result];
}

const kindOrder = (i) => (kind[i] === SUBSYSTEM ? 0 : kind[i] === READING_LIST ? 1 : 2);

function search(text) {
  const query = text.trim().toLowerCase().replace(/\s+/g, " ");
  const words = query.split(" ").filter((w) => w.length > 0);
  // By rank, then subsystems, lists and posts, then the shorter label, then the page's order: one number each.
  const key = (r, i) => ((r * 3 + kindOrder(i)) * 4096 + Math.min(labels[i].length, 4095)) * 262144 + i;
  const keys = [];
  let forgiven = false;
  if (words.length > 0) {
    buildHaystack();
    for (let i = 0; i < N; i++) {
      const r = rank(i, query, words);
      if (r >= 0) keys.push(key(r, i));
    }
    if (keys.length === 0) {
      forgiven = true;
      for (const i of nearly(words)) keys.push(key(FORGIVEN, i));
    }
  }
  matches = Array.from(Float64Array.from(keys).sort(), (k) => k % 262144);
  resultList.replaceChildren();
  for (const i of matches.slice(0, SEARCH_RESULTS)) {
    const item = document.createElement("li");
    item.append(nodeButton(i, "", true));
    resultList.append(item);
  }
  const listed = matches.length > SEARCH_RESULTS ? ", the first " + SEARCH_RESULTS + " listed" : "";
  const close = forgiven ? " (nothing matches exactly; close spellings)" : "";
  resultCount.textContent = words.length === 0 ? ""
    : matches.length === 0 ? "Nothing matches."
    : plural(matches.length, "match", "matches") + listed + close + ".";
  found.hidden = words.length === 0;
  changed(false);
}
