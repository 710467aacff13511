// ---- side panel ---------------------------------------------------------------------------------------------------

// The panel lies over the canvas only while something is selected; the summary reads one line of it aloud.
const PANEL_POSTS = 300;
const BOTR = "https://github.com/dotnet/runtime/blob/main/docs/design/coreclr/botr/";
const RUNTIME_TREE = "https://github.com/dotnet/runtime/tree/main/";
const RUNTIME_BLOB = "https://github.com/dotnet/runtime/blob/main/";
const summary = document.getElementById("summary");

function element(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (className) e.className = className;
  return e;
}

// Facts joined by " · ": a narrow column breaks the line at a dot, not inside a short fact ("6 mainly about it").
function dotted(tag, facts, className) {
  const e = element(tag, null, className);
  facts.forEach((f, k) => e.append(...(k > 0 ? [" · "] : []), element("span", f, f.length <= 20 ? "fact" : null)));
  return e;
}

// Only http and https addresses become links; anything else is shown as text.
function webUrl(text) {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function link(url, text) {
  const href = typeof url === "string" ? webUrl(url) : null;
  if (href === null) return element("span", text);
  const a = element("a", text);
  a.href = href;
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  return a;
}

const pathUrl = (prefix, path) => prefix + path.split("/").map(encodeURIComponent).join("/");
const kindName = (i) => (kind[i] === SUBSYSTEM ? "subsystem" : kind[i] === READING_LIST ? "reading list" : "post");

// A button that selects the node: its label, then what it is (and, for a post, its site), then any note.
function nodeButton(i, extra, withKind) {
  const button = element("button", labels[i], "node");
  button.type = "button";
  const facts = [];
  if (withKind) facts.push(kindName(i));
  if (kind[i] === POST && posts[i - FIRST_POST].site) facts.push(posts[i - FIRST_POST].site);
  if (extra) facts.push(...extra.split(" · "));
  if (facts.length > 0) button.append(" ", dotted("span", facts, "site"));
  button.addEventListener("click", () => select(i, true));
  return button;
}

function section(title, items) {
  if (items.length === 0) return [];
  const list = element("ul");
  for (const item of items) {
    const li = element("li");
    li.append(item);
    list.append(li);
  }
  return [element("h3", title), list];
}

function postsSection(title, postNodes, extra) {
  const shown = postNodes.slice(0, PANEL_POSTS).map((i) => nodeButton(i, extra(i)));
  const parts = section(title + " (" + number(postNodes.length) + ")", shown);
  if (postNodes.length > PANEL_POSTS) {
    parts.push(element("p", "and " + number(postNodes.length - PANEL_POSTS) + " more", "hint"));
  }
  return parts;
}

// The one line the summary reads out for a node.
function describe(i) {
  if (kind[i] === SUBSYSTEM) return labels[i] + ", subsystem: " + countText(i) + ".";
  if (kind[i] === READING_LIST) return labels[i] + ", reading list of " + plural(degreeOf(i), "post", "posts") + ".";
  const p = posts[i - FIRST_POST];
  const primary = p.covers.length > 0 ? ", mainly about " + labels[p.covers[0]] : "";
  return labels[i] + ", post" + (p.site ? " on " + p.site : "") + primary + ".";
}

function showPanel() {
  panel.replaceChildren();
  panel.hidden = selected < 0;
  summary.textContent = selected < 0 ? "" : describe(selected);
  if (selected < 0) return;
  const i = selected;
  const close = element("button", "×", "close");
  close.type = "button";
  close.setAttribute("aria-label", "Close the panel");
  close.addEventListener("click", () => select(-1, false));
  panel.append(close);
  if (kind[i] === SUBSYSTEM) {
    const s = subsystems[i];
    const children = [];
    for (let c = 0; c < S; c++) if (parentOf[c] === i && c !== i) children.push(nodeButton(c, countText(c)));
    const facts = ["Subsystem", ...countText(i).split(" · ")];
    panel.append(element("h2", s.name), dotted("p", facts, "kind"), element("p", s.summary));
    panel.append(...section("Part of", parentOf[i] >= 0 ? [nodeButton(parentOf[i])] : []));
    panel.append(...section("Parts", children));
    panel.append(...section("Book of the Runtime", s.botr.map((f) => link(pathUrl(BOTR, f), f))));
    panel.append(...section("Source", s.source.map((f) => link(pathUrl(RUNTIME_TREE, f), f))));
    panel.append(...section("Design documents", s.designDocs.map((f) => link(pathUrl(RUNTIME_BLOB, f), f))));
    const { about, under } = postsOfSubsystem(i);
    const extra = (n) => {
      const primary = posts[n - FIRST_POST].covers[0];
      if (primary === i) return "mainly about it";
      return ancestors[primary].includes(i) ? "mainly about " + labels[primary] : "";
    };
    panel.append(...postsSection("About it", about.map((p) => FIRST_POST + p), extra));
    panel.append(...postsSection("Under its parts", under.map((p) => FIRST_POST + p), extra));
  } else if (kind[i] === READING_LIST) {
    const l = readingLists[i - S];
    const listed = [];
    for (const e of edgesOf(i)) if (edgeRelation[e] === LISTS) listed.push(other(e, i));
    const count = "Reading list · " + plural(listed.length, "post", "posts");
    panel.append(element("h2", l.title), element("p", count, "kind"));
    if (l.url !== null) {
      const address = element("p");
      address.append(link(l.url, l.url));
      panel.append(address);
    }
    panel.append(...postsSection("Posts", listed, () => ""));
  } else {
    const p = posts[i - FIRST_POST];
    const facts = [p.site, p.year].filter((f) => f !== null && f !== "").join(" · ");
    panel.append(element("h2", p.title), element("p", "Post" + (facts ? " · " + facts : ""), "kind"));
    const unreviewed = "Its subsystems are a suggestion that nobody has reviewed yet.";
    if (p.suggested) panel.append(element("p", unreviewed, "kind"));
    // The address and the subsystems come before the note, which may run to a thousand characters.
    const open = element("p");
    open.append(webUrl(urls[i]) ? link(urls[i], "Open the post") : element("span", "Address: " + urls[i]));
    panel.append(open);
    panel.append(...section("Subsystems", p.covers.map((s, k) => nodeButton(s, k === 0 ? "primary" : ""))));
    if (p.note) panel.append(element("h3", "Note"), element("p", p.note));
    panel.append(...section("Reading lists", p.lists.map((l) => nodeButton(S + l))));
    // The headings above it in the first list that names it: under a caption, not read as a description.
    if (p.section) panel.append(element("h3", "Listed under"), element("p", p.section));
  }
}
