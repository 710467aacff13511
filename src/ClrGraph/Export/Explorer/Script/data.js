// ClrGraph explorer: draws the graph embedded in this page on a canvas, with search, filters, a side panel and deep
// links. Plain JavaScript, no dependencies, nothing fetched; every text from the graph goes in through textContent.
// The parts (data, camera, labels, drawing, hit-testing, search, panel, filters, input, start) share one function.
//
// Global state (the page's whole contract with tests and tools):
// - <html data-state>: "loading", then "ready" once the first frame is drawn.
// - location.hash: "#<node id>" (#post:…, #subsystem:…, #list:…) is the selection, read at start and on
//   hashchange.
// - window.clrgraph, read-only: counts (nodes, edges, subsystems, posts, readingLists, visibleNodes, drawnEdges,
//   frames, fits), selected and walked (node ids or null), matches (of the last search), labels (those of the last
//   frame), edgeLimit, screenPosition(id) and countText(id).

// ---- data ---------------------------------------------------------------------------------------------------------

const SUBSYSTEM = 0;
const READING_LIST = 1;
const POST = 2;
const COVERS = 0;
const PART_OF = 1;
const LISTS = 2;

const raw = JSON.parse(document.getElementById("clrgraph-data").textContent);

// Each row of a table as an object with the names its "fields" give, in order; the columns a row leaves out at its
// end hold their defaults (null, or an empty list for those named in "lists").
const NONE = Object.freeze([]);
function records(rows, fields, lists) {
  return rows.map((row) => {
    const record = {};
    for (let k = 0; k < fields.length; k++) {
      record[fields[k]] = k < row.length ? row[k] : lists.includes(fields[k]) ? NONE : null;
    }
    return record;
  });
}

const subsystems = records(raw.subsystems, raw.fields.subsystems, ["botr", "source", "designDocs", "keywords"]);
const readingLists = records(raw.readingLists, raw.fields.readingLists, []);
const posts = records(raw.posts, raw.fields.posts, ["lists"]);
const S = subsystems.length;
const L = readingLists.length;
const P = posts.length;
const N = S + L + P;
const FIRST_POST = S + L;

const kind = new Uint8Array(N);
const xs = new Float64Array(N);
const ys = new Float64Array(N);
const colorOf = new Int32Array(N).fill(-1);
const ids = new Array(N);
const labels = new Array(N);
const urls = new Array(N);
const nodeById = new Map();

function place(i, nodeKind, record, label, color) {
  kind[i] = nodeKind;
  ids[i] = record.id;
  labels[i] = label;
  xs[i] = record.x * raw.positionUnit;
  ys[i] = record.y * raw.positionUnit;
  colorOf[i] = color;
  nodeById.set(record.id, i);
}

subsystems.forEach((s, i) => place(i, SUBSYSTEM, s, s.name, s.color));
readingLists.forEach((l, i) => {
  place(S + i, READING_LIST, l, l.title, -1);
  urls[S + i] = l.url;
});
// A post's record leaves out its id when it is "post:", its site and its URL's path with dashes for slashes (C# checks
// that it is), and its colour when it is its primary subsystem's.
posts.forEach((p, i) => {
  p.site = raw.sites[p.site];
  p.section = raw.sections[p.section];
  if (p.id === null) p.id = "post:" + p.site + p.url.replaceAll("/", "-").replace(/-+$/, "");
  if (p.url.startsWith("/")) p.url = "https://" + p.site + p.url;
  if (p.color === null) p.color = subsystems[p.covers[0]].color;
  place(FIRST_POST + i, POST, p, p.title, p.color);
  urls[FIRST_POST + i] = p.url;
});

// The subsystem tree: each subsystem's chain up to its top level (itself first), a parent cycle cut where it closes.
const parentOf = Int32Array.from(subsystems, (s) => (s.parent === null ? -1 : s.parent));
const ancestors = subsystems.map((_, s) => {
  const chain = [];
  for (let a = s; a >= 0 && !chain.includes(a); a = parentOf[a]) chain.push(a);
  return chain;
});
const topLevelOf = new Int32Array(N).fill(-1);
for (let s = 0; s < S; s++) topLevelOf[s] = ancestors[s][ancestors[s].length - 1];
for (let p = 0; p < P; p++) if (posts[p].covers.length > 0) topLevelOf[FIRST_POST + p] = topLevelOf[posts[p].covers[0]];

// The one count rule, for the legend, the filters, the panel's header and its list: a subsystem's posts are those
// that cover it or a part under it; of them, "mainly about it" are those whose primary subsystem is it or such a part.
const postCount = new Int32Array(S);
const mainlyCount = new Int32Array(S);
{
  const stamp = new Int32Array(S).fill(-1);
  for (let p = 0; p < P; p++) {
    const covers = posts[p].covers;
    for (const c of covers) {
      for (const a of ancestors[c]) {
        if (stamp[a] !== p) {
          stamp[a] = p;
          postCount[a]++;
        }
      }
    }
    if (covers.length > 0) for (const a of ancestors[covers[0]]) mainlyCount[a]++;
  }
}

const number = (n) => n.toLocaleString("en");
const plural = (n, one, many) => number(n) + " " + (n === 1 ? one : many);
function countText(s) {
  return plural(postCount[s], "post", "posts") + " · " + number(mainlyCount[s]) + " mainly about it";
}

// A subsystem's posts as its count rule counts them: those that cover it ("about it"), then those that cover only
// parts under it; each group with the posts whose primary subsystem it is first.
function postsOfSubsystem(s) {
  const about = [];
  const under = [];
  for (let p = 0; p < P; p++) {
    const covers = posts[p].covers;
    if (covers.includes(s)) about.push(p);
    else if (covers.some((c) => ancestors[c].includes(s))) under.push(p);
  }
  const mainly = (p) => (ancestors[posts[p].covers[0]].includes(s) ? 0 : 1);
  const byMain = (a, b) => mainly(a) - mainly(b) || a - b;
  return { about: about.sort(byMain), under: under.sort(byMain) };
}

// Edges: parallel arrays, and for each node the edges that touch it (compressed rows).
let edgeCount = 0;
for (let s = 0; s < S; s++) if (parentOf[s] >= 0) edgeCount++;
for (const p of posts) edgeCount += p.covers.length + p.lists.length;
const edgeSource = new Int32Array(edgeCount);
const edgeTarget = new Int32Array(edgeCount);
const edgeRelation = new Uint8Array(edgeCount);
const edgePrimary = new Uint8Array(edgeCount);
{
  let e = 0;
  const add = (source, target, relation, primary) => {
    edgeSource[e] = source;
    edgeTarget[e] = target;
    edgeRelation[e] = relation;
    edgePrimary[e] = primary ? 1 : 0;
    e++;
  };
  for (let s = 0; s < S; s++) if (parentOf[s] >= 0) add(s, parentOf[s], PART_OF, false);
  posts.forEach((p, i) => {
    p.covers.forEach((subsystem, k) => add(FIRST_POST + i, subsystem, COVERS, k === 0));
    p.lists.forEach((list) => add(S + list, FIRST_POST + i, LISTS, false));
  });
}
const degree = new Int32Array(N + 1);
for (let e = 0; e < edgeCount; e++) {
  degree[edgeSource[e] + 1]++;
  degree[edgeTarget[e] + 1]++;
}
for (let i = 0; i < N; i++) degree[i + 1] += degree[i];
const incident = new Int32Array(2 * edgeCount);
{
  const fill = degree.slice(0, N);
  for (let e = 0; e < edgeCount; e++) {
    incident[fill[edgeSource[e]]++] = e;
    incident[fill[edgeTarget[e]]++] = e;
  }
}
const edgesOf = (i) => incident.subarray(degree[i], degree[i + 1]);
const other = (e, i) => (edgeSource[e] === i ? edgeTarget[e] : edgeSource[e]);
const degreeOf = (i) => degree[i + 1] - degree[i];

// ---- colours ----------------------------------------------------------------------------------------------------

const LIST_COLOR = "#5f5f5f";
const FALLBACK_COLOR = "#888888";

function rgb(hex) {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance([r, g, b]) {
  const linear = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

// The colour darkened until it stands at least 3:1 against white: the ring around a dot of a pale colour.
function ringColor(hex) {
  let [r, g, b] = rgb(/^#[0-9a-fA-F]{6}$/.test(hex) ? hex : FALLBACK_COLOR);
  while (1.05 / (luminance([r, g, b]) + 0.05) < 3.2) [r, g, b] = [r * 0.9, g * 0.9, b * 0.9];
  return "rgb(" + [r, g, b].map(Math.round).join(", ") + ")";
}

const colors = raw.colors.map((c) => (/^#[0-9a-fA-F]{6}$/.test(c) ? c : FALLBACK_COLOR));
const rings = colors.map(ringColor);
const fillOf = (i) => (colorOf[i] >= 0 ? colors[colorOf[i]] : LIST_COLOR);
const ringOf = (i) => (colorOf[i] >= 0 ? rings[colorOf[i]] : "#303030");
