// ClrGraph explorer: draws the graph embedded in this page on a canvas, with search, filters, a side panel and deep
// links. Plain JavaScript, no dependencies, nothing fetched; every text from the graph goes in through textContent.
//
// Global state (the page's whole contract with tests and tools):
// - <html data-state>: "loading", then "ready" once the first frame is drawn.
// - location.hash: "#<node id>" (#post:…, #subsystem:…, #list:…) is the selection, read at start and on
//   hashchange.
// - window.clrgraph, read-only: nodes, edges, subsystems, posts, readingLists (counts), visibleNodes (after the
//   filters), drawnEdges and frames (of the last frame), selected (a node id or null), matches (of the last search),
//   edgeLimit, and screenPosition(id): the node's centre in CSS pixels of the page, or null when it is off screen.
"use strict";
(() => {
  // ---- data -------------------------------------------------------------------------------------------------------

  // Above this many edges, edges are drawn only around the selected and hovered nodes and when zoomed in.
  const EDGE_LIMIT = 20000;
  // When zoomed in so far that at most this many nodes are in view, their edges are drawn whatever the size.
  const ZOOMED_IN_NODES = 2000;
  const SEARCH_RESULTS = 100;
  const PANEL_POSTS = 300;
  const BOTR = "https://github.com/dotnet/runtime/blob/main/docs/design/coreclr/botr/";
  const RUNTIME_TREE = "https://github.com/dotnet/runtime/tree/main/";
  const RUNTIME_BLOB = "https://github.com/dotnet/runtime/blob/main/";

  const SUBSYSTEM = 0;
  const READING_LIST = 1;
  const POST = 2;
  const COVERS = 0;
  const PART_OF = 1;
  const LISTS = 2;
  const OTHER = 3;

  const raw = JSON.parse(document.getElementById("clrgraph-data").textContent);
  const S = raw.subsystems.length;
  const L = raw.readingLists.length;
  const P = raw.posts.length;
  const N = S + L + P;
  const colors = raw.colors;

  const kind = new Uint8Array(N);
  const xs = new Float64Array(N);
  const ys = new Float64Array(N);
  const radius = new Float64Array(N);
  const colorOf = new Uint32Array(N);
  const ids = new Array(N);
  const labels = new Array(N);
  const urls = new Array(N);
  const topLevelOf = new Int32Array(N).fill(-1);
  const nodeById = new Map();

  // The same function as ExplorerPage.DerivedPostId in C#: a post whose record leaves its id empty has this one.
  function derivedPostId(url) {
    let text = url.startsWith("https://") ? url.slice(8) : url.startsWith("http://") ? url.slice(7) : url;
    if (text.startsWith("www.")) text = text.slice(4);
    let id = "";
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const keep = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95
        || c === 45;
      if (keep) id += text[i];
      else if (id.length > 0 && !id.endsWith("-")) id += "-";
    }
    while (id.endsWith("-")) id = id.slice(0, -1);
    return "post:" + id;
  }

  // The same function as ExplorerPage.UrlYear in C#: a post whose record gives its year as 0 has this one.
  function urlYear(url) {
    const start = url.indexOf("://");
    const slash = start < 0 ? -1 : url.indexOf("/", start + 3);
    if (slash < 0) return null;
    let path = url.slice(slash);
    const end = path.search(/[?#]/);
    if (end >= 0) path = path.slice(0, end);
    for (const segment of path.split("/")) {
      if (/^[0-9]{4}$/.test(segment) && Number(segment) >= 1980 && Number(segment) <= 2099) return Number(segment);
    }
    return null;
  }

  function place(i, nodeKind, id, label, color, size, x, y) {
    kind[i] = nodeKind;
    ids[i] = id;
    labels[i] = label;
    colorOf[i] = color;
    radius[i] = size > 0 ? size : 1;
    xs[i] = x;
    ys[i] = y;
    nodeById.set(id, i);
  }

  raw.subsystems.forEach((s, i) => {
    place(i, SUBSYSTEM, s[0], s[1], s[5], s[6], s[7], s[8]);
    topLevelOf[i] = s[4] >= 0 ? s[4] : i;
  });
  raw.readingLists.forEach((l, i) => {
    place(S + i, READING_LIST, l[0], l[1], l[3], l[4], l[5], l[6]);
    urls[S + i] = l[2];
  });
  raw.posts.forEach((p, i) => {
    const site = raw.sites[p[3]];
    const url = p[2].startsWith("/") ? "https://" + site + p[2] : p[2];
    const n = S + L + i;
    urls[n] = url;
    if (p[4] === 0) p[4] = urlYear(url);
    place(n, POST, p[0] === "" ? derivedPostId(url) : p[0], p[1], p[7], p[8], p[9], p[10]);
    if (p[11].length > 0) topLevelOf[n] = topLevelOf[p[11][0]];
  });

  // Edges: parallel arrays, and for each node the edges that touch it (compressed rows).
  let edgeCount = raw.edges.length;
  for (const s of raw.subsystems) edgeCount += s[10].length;
  for (const p of raw.posts) edgeCount += p[11].length + p[13].length;
  const edgeSource = new Int32Array(edgeCount);
  const edgeTarget = new Int32Array(edgeCount);
  const edgeRelation = new Uint8Array(edgeCount);
  const edgePrimary = new Uint8Array(edgeCount);
  const edgeRelationName = new Map();
  {
    let e = 0;
    const add = (source, target, relation, primary) => {
      edgeSource[e] = source;
      edgeTarget[e] = target;
      edgeRelation[e] = relation;
      edgePrimary[e] = primary ? 1 : 0;
      e++;
    };
    raw.subsystems.forEach((s, i) => s[10].forEach((parent) => add(i, parent, PART_OF, false)));
    raw.posts.forEach((p, i) => {
      const n = S + L + i;
      p[11].forEach((subsystem, k) => add(n, subsystem, COVERS, k < p[12]));
      p[13].forEach((list) => add(S + list, n, LISTS, false));
    });
    raw.edges.forEach((edge) => {
      edgeRelationName.set(e, edge[2]);
      add(edge[0], edge[1], OTHER, edge[3]);
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
  function* edgesOf(i) {
    for (let k = degree[i]; k < degree[i + 1]; k++) yield incident[k];
  }
  const other = (e, i) => (edgeSource[e] === i ? edgeTarget[e] : edgeSource[e]);

  // Nodes grouped by kind and colour, drawn posts first so that subsystems stay on top, one canvas path per group.
  const groups = [];
  for (const nodeKind of [POST, READING_LIST, SUBSYSTEM]) {
    const byColor = new Map();
    for (let i = 0; i < N; i++) {
      if (kind[i] !== nodeKind) continue;
      if (!byColor.has(colorOf[i])) byColor.set(colorOf[i], []);
      byColor.get(colorOf[i]).push(i);
    }
    for (const [color, members] of [...byColor].sort((a, b) => a[0] - b[0])) {
      groups.push({ kind: nodeKind, color: colors[color] || "#888888", members: Int32Array.from(members) });
    }
  }

  // ---- view and camera --------------------------------------------------------------------------------------------

  const app = document.getElementById("app");
  const canvas = document.getElementById("graph");
  const context = canvas.getContext("2d");
  const base = document.createElement("canvas");
  const baseContext = base.getContext("2d");
  const camera = { x: 0, y: 0, k: 1 };
  let baseCamera = null;
  let width = 1;
  let height = 1;
  let pixelRatio = 1;
  const visible = new Uint8Array(N).fill(1);
  let visibleCount = N;

  const toScreenX = (x) => (x - camera.x) * camera.k + width / 2;
  const toScreenY = (y) => (y - camera.y) * camera.k + height / 2;
  const toWorldX = (sx) => (sx - width / 2) / camera.k + camera.x;
  const toWorldY = (sy) => (sy - height / 2) / camera.k + camera.y;
  // On screen a node is at least a couple of pixels across, however far out the view is.
  const screenRadius = (i) => Math.max(radius[i] * camera.k, kind[i] === POST ? 1.2 : 4);

  function fit() {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < N; i++) {
      if (!visible[i]) continue;
      minX = Math.min(minX, xs[i] - radius[i]);
      maxX = Math.max(maxX, xs[i] + radius[i]);
      minY = Math.min(minY, ys[i] - radius[i]);
      maxY = Math.max(maxY, ys[i] + radius[i]);
    }
    if (minX > maxX) {
      minX = minY = -1;
      maxX = maxY = 1;
    }
    camera.x = (minX + maxX) / 2;
    camera.y = (minY + maxY) / 2;
    camera.k = Math.min(width / (maxX - minX || 1), height / (maxY - minY || 1)) * 0.9;
    changed(true);
  }

  function zoomAt(factor, sx, sy) {
    const k = Math.min(Math.max(camera.k * factor, 1e-4), 1e4);
    const wx = toWorldX(sx);
    const wy = toWorldY(sy);
    camera.k = k;
    camera.x = wx - (sx - width / 2) / k;
    camera.y = wy - (sy - height / 2) / k;
    changed(true);
  }

  function panBy(dx, dy) {
    camera.x -= dx / camera.k;
    camera.y -= dy / camera.k;
    changed(true);
  }

  function centerOn(i) {
    camera.x = xs[i];
    camera.y = ys[i];
    if (screenRadius(i) < 6) camera.k = Math.max(camera.k, 6 / radius[i]);
    changed(true);
  }

  function resize() {
    const box = canvas.getBoundingClientRect();
    pixelRatio = window.devicePixelRatio || 1;
    width = Math.max(1, box.width);
    height = Math.max(1, box.height);
    canvas.width = base.width = Math.round(width * pixelRatio);
    canvas.height = base.height = Math.round(height * pixelRatio);
    changed(true);
  }

  // ---- drawing ----------------------------------------------------------------------------------------------------

  let hovered = -1;
  let selected = -1;
  let matches = [];
  let frames = 0;
  let drawnEdges = 0;
  let baseStale = true;
  let framePending = false;
  let interacting = 0;
  let settleTimer = 0;

  function changed(moved) {
    if (moved) baseStale = true;
    if (!framePending) {
      framePending = true;
      requestAnimationFrame(frame);
    }
  }

  // While the view moves over a large graph, the last full drawing is moved with it and redrawn when it settles.
  function moving() {
    interacting = performance.now();
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      interacting = 0;
      changed(true);
    }, 150);
  }

  function inView(i, margin) {
    const sx = toScreenX(xs[i]);
    const sy = toScreenY(ys[i]);
    return sx > -margin && sy > -margin && sx < width + margin && sy < height + margin;
  }

  function drawBase() {
    const c = baseContext;
    c.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
    c.clearRect(0, 0, width, height);
    const inside = nodesInView(ZOOMED_IN_NODES + 1);
    drawnEdges = 0;
    if (edgeCount <= EDGE_LIMIT) drawEdges(c, allEdges(), "rgba(60, 60, 60, 0.22)");
    else if (inside !== null) drawEdges(c, edgesAround(inside), "rgba(60, 60, 60, 0.22)");
    for (const group of groups) {
      c.beginPath();
      let any = false;
      for (const i of group.members) {
        if (!visible[i]) continue;
        const r = screenRadius(i);
        if (!inView(i, r)) continue;
        const sx = toScreenX(xs[i]);
        const sy = toScreenY(ys[i]);
        any = true;
        if (r < 2.5) c.rect(sx - r, sy - r, 2 * r, 2 * r);
        else {
          c.moveTo(sx + r, sy);
          c.arc(sx, sy, r, 0, 2 * Math.PI);
        }
      }
      if (!any) continue;
      c.fillStyle = group.color;
      c.fill();
      if (group.kind !== POST) {
        c.lineWidth = 1.5;
        c.strokeStyle = "#ffffff";
        c.stroke();
      }
    }
    baseCamera = { ...camera };
    baseStale = false;
  }

  function* allEdges() {
    for (let e = 0; e < edgeCount; e++) yield e;
  }

  function* edgesAround(nodes) {
    for (const i of nodes) yield* edgesOf(i);
  }

  // The nodes in view, or null when there are more than the limit.
  function nodesInView(limit) {
    const found = [];
    for (let i = 0; i < N; i++) {
      if (visible[i] && inView(i, 0)) {
        found.push(i);
        if (found.length >= limit) return null;
      }
    }
    return found;
  }

  function drawEdges(c, edges, style, primaryStyle) {
    c.beginPath();
    const strong = new Path2D();
    for (const e of edges) {
      const a = edgeSource[e];
      const b = edgeTarget[e];
      if (!visible[a] || !visible[b]) continue;
      const path = primaryStyle && (edgePrimary[e] || edgeRelation[e] === PART_OF) ? strong : c;
      path.moveTo(toScreenX(xs[a]), toScreenY(ys[a]));
      path.lineTo(toScreenX(xs[b]), toScreenY(ys[b]));
      drawnEdges++;
    }
    c.lineWidth = 1;
    c.strokeStyle = style;
    c.stroke();
    if (primaryStyle) {
      c.lineWidth = 2;
      c.strokeStyle = primaryStyle;
      c.stroke(strong);
    }
  }

  function drawNode(c, i, outline) {
    const r = screenRadius(i);
    c.beginPath();
    c.arc(toScreenX(xs[i]), toScreenY(ys[i]), Math.max(r, 3), 0, 2 * Math.PI);
    c.fillStyle = colors[colorOf[i]] || "#888888";
    c.fill();
    c.lineWidth = outline ? 3 : 1.5;
    c.strokeStyle = outline ? "#111111" : "#ffffff";
    c.stroke();
  }

  function drawLabel(c, i, bold) {
    const r = screenRadius(i);
    const text = labels[i].length > 60 ? labels[i].slice(0, 59) + "…" : labels[i];
    const size = kind[i] === SUBSYSTEM ? "14px" : "12px";
    c.font = (bold ? "600 " : "") + size + " system-ui, \"DejaVu Sans\", sans-serif";
    c.textAlign = "center";
    c.textBaseline = "top";
    const sx = toScreenX(xs[i]);
    const sy = toScreenY(ys[i]) + Math.max(r, 3) + 3;
    c.lineWidth = 4;
    c.lineJoin = "round";
    c.strokeStyle = "rgba(255, 255, 255, 0.9)";
    c.strokeText(text, sx, sy);
    c.fillStyle = "#111111";
    c.fillText(text, sx, sy);
  }

  function frame() {
    framePending = false;
    const c = context;
    const large = N > ZOOMED_IN_NODES;
    if (baseStale && !(large && interacting)) drawBase();
    c.setTransform(1, 0, 0, 1, 0, 0);
    c.clearRect(0, 0, canvas.width, canvas.height);
    if (baseStale && baseCamera) {
      // The last drawing, moved and scaled from its camera to the current one.
      const scale = camera.k / baseCamera.k;
      const dx = (baseCamera.x - camera.x) * camera.k + (width / 2) * (1 - scale);
      const dy = (baseCamera.y - camera.y) * camera.k + (height / 2) * (1 - scale);
      c.setTransform(scale, 0, 0, scale, dx * pixelRatio, dy * pixelRatio);
    }
    c.drawImage(base, 0, 0);
    c.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);

    const focus = [selected, hovered].filter((i) => i >= 0);
    const labelled = new Set();
    if (focus.length > 0) {
      c.fillStyle = "rgba(255, 255, 255, 0.72)";
      c.fillRect(0, 0, width, height);
      const around = [];
      for (const i of focus) for (const e of edgesOf(i)) around.push(e);
      const counted = drawnEdges;
      drawEdges(c, around, "rgba(40, 40, 40, 0.55)", "rgba(20, 20, 20, 0.85)");
      drawnEdges = baseStale ? counted : drawnEdges;
      for (const e of around) {
        for (const n of [edgeSource[e], edgeTarget[e]]) {
          if (visible[n] && !focus.includes(n)) {
            drawNode(c, n, false);
            if (around.length <= 30) labelled.add(n);
          }
        }
      }
      for (const i of focus) {
        drawNode(c, i, true);
        labelled.add(i);
      }
    }
    for (const i of matches.slice(0, 2000)) {
      if (!visible[i] || !inView(i, 10)) continue;
      c.beginPath();
      c.arc(toScreenX(xs[i]), toScreenY(ys[i]), screenRadius(i) + 4, 0, 2 * Math.PI);
      c.lineWidth = 2;
      c.strokeStyle = "#d00000";
      c.stroke();
    }
    // Subsystem labels always; post labels when few enough are in view to read.
    for (let i = 0; i < S; i++) if (visible[i] && inView(i, 100)) labelled.add(i);
    for (let i = S; i < S + L; i++) if (visible[i] && inView(i, 100)) labelled.add(i);
    const inside = nodesInView(60);
    if (inside !== null) for (const i of inside) if (screenRadius(i) >= 5) labelled.add(i);
    for (const i of labelled) drawLabel(c, i, kind[i] !== POST || focus.includes(i));

    frames++;
    if (document.documentElement.dataset.state !== "ready") {
      document.documentElement.dataset.state = "ready";
      setTimeout(buildHaystack, 0);
    }
  }

  // ---- hit-testing ------------------------------------------------------------------------------------------------

  // Posts in a uniform grid of cells about four posts each; subsystems and reading lists, few and large, are scanned.
  const grid = (() => {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    let largest = 0;
    for (let i = S + L; i < N; i++) {
      minX = Math.min(minX, xs[i]);
      minY = Math.min(minY, ys[i]);
      maxX = Math.max(maxX, xs[i]);
      maxY = Math.max(maxY, ys[i]);
      largest = Math.max(largest, radius[i]);
    }
    const side = Math.max(1, Math.ceil(Math.sqrt(P / 4)));
    const cell = Math.max((maxX - minX) / side, (maxY - minY) / side, 1e-9);
    const columns = Math.floor((maxX - minX) / cell) + 1;
    const rows = Math.floor((maxY - minY) / cell) + 1;
    const start = new Int32Array(columns * rows + 1);
    const cellOf = (i) => Math.floor((ys[i] - minY) / cell) * columns + Math.floor((xs[i] - minX) / cell);
    for (let i = S + L; i < N; i++) start[cellOf(i) + 1]++;
    for (let c = 0; c < columns * rows; c++) start[c + 1] += start[c];
    const items = new Int32Array(P);
    const fill = start.slice(0, columns * rows);
    for (let i = S + L; i < N; i++) items[fill[cellOf(i)]++] = i;
    return { minX, minY, cell, columns, rows, start, items, largest };
  })();

  function nodeAt(sx, sy) {
    const wx = toWorldX(sx);
    const wy = toWorldY(sy);
    let best = -1;
    let bestDistance = Infinity;
    const consider = (i) => {
      if (!visible[i]) return;
      const d = Math.hypot(toScreenX(xs[i]) - sx, toScreenY(ys[i]) - sy);
      if (d <= Math.max(screenRadius(i), 4) + 2 && d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    };
    for (let i = 0; i < S + L; i++) consider(i);
    if (best >= 0 || P === 0) return best;
    const reach = grid.largest + 8 / camera.k;
    const c0 = Math.max(0, Math.floor((wx - reach - grid.minX) / grid.cell));
    const c1 = Math.min(grid.columns - 1, Math.floor((wx + reach - grid.minX) / grid.cell));
    const r0 = Math.max(0, Math.floor((wy - reach - grid.minY) / grid.cell));
    const r1 = Math.min(grid.rows - 1, Math.floor((wy + reach - grid.minY) / grid.cell));
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const cell = r * grid.columns + c;
        for (let k = grid.start[cell]; k < grid.start[cell + 1]; k++) consider(grid.items[k]);
      }
    }
    return best;
  }

  // ---- search -----------------------------------------------------------------------------------------------------

  const searchBox = document.getElementById("search");
  const resultList = document.getElementById("results");
  const resultCount = document.getElementById("result-count");
  let haystack = null;

  // Lower-cased titles, notes and sites (names and summaries for subsystems), made once.
  function buildHaystack() {
    if (haystack !== null) return;
    haystack = new Array(N);
    raw.subsystems.forEach((s, i) => (haystack[i] = (s[1] + "\n" + s[2]).toLowerCase()));
    raw.readingLists.forEach((l, i) => (haystack[S + i] = l[1].toLowerCase()));
    raw.posts.forEach((p, i) => (haystack[S + L + i] = (p[1] + "\n" + p[6] + "\n" + raw.sites[p[3]]).toLowerCase()));
  }

  function search(text) {
    const words = text.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
    matches = [];
    if (words.length > 0) {
      buildHaystack();
      for (let i = 0; i < N; i++) {
        const h = haystack[i];
        let all = true;
        for (let w = 0; w < words.length && all; w++) all = h.includes(words[w]);
        if (all) matches.push(i);
      }
    }
    resultList.replaceChildren();
    for (const i of matches.slice(0, SEARCH_RESULTS)) {
      const item = document.createElement("li");
      item.append(nodeButton(i));
      resultList.append(item);
    }
    resultCount.textContent = words.length === 0 ? ""
      : matches.length === 0 ? "Nothing matches."
      : matches.length === 1 ? "1 match."
      : matches.length.toLocaleString("en") + " matches" + (matches.length > SEARCH_RESULTS
        ? ", the first " + SEARCH_RESULTS + " listed." : ".");
    changed(false);
  }

  // ---- side panel -------------------------------------------------------------------------------------------------

  const panel = document.getElementById("panel");

  function element(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (className) e.className = className;
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

  function nodeButton(i, extra) {
    const button = element("button", labels[i], "node");
    button.type = "button";
    if (kind[i] === POST && raw.posts[i - S - L][3] !== undefined) {
      button.append(" ", element("span", raw.sites[raw.posts[i - S - L][3]] + (extra ? " · " + extra : ""), "site"));
    } else if (extra) button.append(" ", element("span", extra, "site"));
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

  function postsSection(title, posts) {
    const shown = posts.slice(0, PANEL_POSTS).map(([p, extra]) => nodeButton(p, extra));
    const parts = section(title + " (" + posts.length.toLocaleString("en") + ")", shown);
    if (posts.length > PANEL_POSTS) parts.push(element("p", "and " + (posts.length - PANEL_POSTS) + " more", "hint"));
    return parts;
  }

  function showPanel() {
    panel.replaceChildren();
    if (selected < 0) {
      panel.append(element("p", "Click a node, or search, to see what it is.", "hint"));
      return;
    }
    const i = selected;
    if (kind[i] === SUBSYSTEM) {
      const s = raw.subsystems[i];
      const primary = [];
      const others = [];
      const children = [];
      for (const e of edgesOf(i)) {
        const n = other(e, i);
        if (edgeRelation[e] === COVERS) (edgePrimary[e] ? primary : others).push([n, edgePrimary[e] ? "primary" : ""]);
        if (edgeRelation[e] === PART_OF && edgeTarget[e] === i) children.push(nodeButton(n));
      }
      panel.append(element("h2", s[1]), element("p", "Subsystem · " + s[9] + " posts", "kind"), element("p", s[2]));
      panel.append(...section("Part of", s[3] >= 0 ? [nodeButton(s[3])] : []));
      panel.append(...section("Parts", children));
      panel.append(...section("Book of the Runtime", s[11].map((f) => link(pathUrl(BOTR, f), f))));
      panel.append(...section("Source", s[12].map((f) => link(pathUrl(RUNTIME_TREE, f), f))));
      panel.append(...section("Design documents", s[13].map((f) => link(pathUrl(RUNTIME_BLOB, f), f))));
      panel.append(...postsSection("Posts", primary.concat(others)));
    } else if (kind[i] === READING_LIST) {
      const l = raw.readingLists[i - S];
      const posts = [];
      for (const e of edgesOf(i)) if (edgeRelation[e] === LISTS) posts.push([other(e, i)]);
      panel.append(element("h2", l[1]), element("p", "Reading list", "kind"));
      if (l[2] !== null) {
        const address = element("p");
        address.append(link(l[2], l[2]));
        panel.append(address);
      }
      panel.append(...postsSection("Posts", posts));
    } else {
      const p = raw.posts[i - S - L];
      const facts = [raw.sites[p[3]], p[4]].filter((f) => f !== null && f !== "").join(" · ");
      panel.append(element("h2", p[1]), element("p", "Post" + (facts ? " · " + facts : ""), "kind"));
      if (raw.sections[p[5]]) panel.append(element("p", raw.sections[p[5]], "kind"));
      if (p[6]) panel.append(element("p", p[6]));
      const open = element("p");
      open.append(webUrl(urls[i]) ? link(urls[i], "Open the post") : element("span", "Address: " + urls[i]));
      panel.append(open);
      const covered = p[11].map((s, k) => nodeButton(s, k < p[12] ? "primary" : ""));
      panel.append(...section("Subsystems", covered));
      panel.append(...section("Reading lists", p[13].map((l) => nodeButton(S + l))));
    }
    for (const e of edgesOf(i)) {
      if (edgeRelation[e] === OTHER) {
        panel.append(...section(edgeRelationName.get(e) || "related", [nodeButton(other(e, i))]));
      }
    }
  }

  // ---- filters and legend -----------------------------------------------------------------------------------------

  const topLevelChecked = new Uint8Array(S).fill(1);
  const listChecked = new Uint8Array(L).fill(1);

  function applyFilters() {
    visibleCount = 0;
    for (let i = 0; i < N; i++) {
      let show;
      if (kind[i] === READING_LIST) show = listChecked[i - S] === 1;
      else {
        show = topLevelOf[i] < 0 || topLevelChecked[topLevelOf[i]] === 1;
        if (show && kind[i] === POST) {
          const lists = raw.posts[i - S - L][13];
          show = lists.length === 0 || lists.some((l) => listChecked[l] === 1);
        }
      }
      visible[i] = show ? 1 : 0;
      visibleCount += visible[i];
    }
    changed(true);
  }

  function checkbox(text, color, count, onChange) {
    const label = element("label");
    const box = element("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", () => onChange(box.checked));
    label.append(box);
    if (color) {
      const swatch = element("span", null, "swatch");
      swatch.style.background = color;
      label.append(swatch);
    }
    label.append(element("span", text), element("span", count.toLocaleString("en"), "site"));
    return label;
  }

  function buildFilters() {
    const tops = document.getElementById("top-levels");
    const postsUnder = new Int32Array(S);
    for (let i = S + L; i < N; i++) if (topLevelOf[i] >= 0) postsUnder[topLevelOf[i]]++;
    for (let i = 0; i < S; i++) {
      if (topLevelOf[i] !== i) continue;
      tops.append(checkbox(labels[i], colors[colorOf[i]], postsUnder[i], (on) => {
        topLevelChecked[i] = on ? 1 : 0;
        applyFilters();
      }));
    }
    const lists = document.getElementById("reading-lists");
    for (let l = 0; l < L; l++) {
      lists.append(checkbox(labels[S + l], colors[colorOf[S + l]], degree[S + l + 1] - degree[S + l], (on) => {
        listChecked[l] = on ? 1 : 0;
        applyFilters();
      }));
    }
    document.getElementById("kinds").textContent = "Large circles: subsystems, labelled; small dots: posts, in their "
      + "primary subsystem's colour; grey: reading lists. Lines join a post to its subsystems and lists.";
  }

  // ---- URL state --------------------------------------------------------------------------------------------------

  function select(i, center) {
    selected = i;
    if (i >= 0 && center) centerOn(i);
    showPanel();
    const hash = i >= 0 ? "#" + encodeURIComponent(ids[i]).replace(/%3A/g, ":") : "";
    if (location.hash !== hash) {
      try {
        history.replaceState(null, "", hash || location.pathname + location.search);
      } catch {
        // A browser that refuses replaceState on file:// still shows the selection.
      }
    }
    changed(false);
  }

  function selectFromHash() {
    let id = "";
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      id = "";
    }
    const i = nodeById.has(id) ? nodeById.get(id) : -1;
    if (i !== selected) select(i, true);
  }

  // ---- input ------------------------------------------------------------------------------------------------------

  const pointers = new Map();
  let dragged = false;
  let pinch = 0;

  function position(event) {
    const box = canvas.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }

  canvas.addEventListener("pointerdown", (event) => {
    canvas.setPointerCapture(event.pointerId);
    pointers.set(event.pointerId, position(event));
    dragged = false;
    pinch = 0;
  });

  canvas.addEventListener("pointermove", (event) => {
    const here = position(event);
    const last = pointers.get(event.pointerId);
    if (!last) {
      const i = event.pointerType === "mouse" ? nodeAt(here.x, here.y) : -1;
      if (i !== hovered) {
        hovered = i;
        canvas.style.cursor = i >= 0 ? "pointer" : "grab";
        changed(false);
      }
      return;
    }
    pointers.set(event.pointerId, here);
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      if (pinch > 0) zoomAt(distance / pinch, (a.x + b.x) / 2, (a.y + b.y) / 2);
      pinch = distance;
      dragged = true;
      moving();
    } else if (pointers.size === 1) {
      if (dragged || Math.hypot(here.x - last.x, here.y - last.y) > 3) {
        dragged = true;
        panBy(here.x - last.x, here.y - last.y);
        moving();
      } else pointers.set(event.pointerId, last);
    }
  });

  function release(event) {
    const here = position(event);
    const wasClick = pointers.size === 1 && !dragged;
    pointers.delete(event.pointerId);
    if (wasClick) select(nodeAt(here.x, here.y), false);
  }
  canvas.addEventListener("pointerup", release);
  canvas.addEventListener("pointercancel", (event) => pointers.delete(event.pointerId));
  canvas.addEventListener("pointerleave", () => {
    if (hovered >= 0 && pointers.size === 0) {
      hovered = -1;
      changed(false);
    }
  });

  canvas.addEventListener("wheel", (event) => {
    event.preventDefault();
    const here = position(event);
    const delta = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
    zoomAt(Math.exp(-delta * 0.0015), here.x, here.y);
    moving();
  }, { passive: false });

  canvas.addEventListener("keydown", (event) => {
    const step = 80;
    const keys = {
      ArrowLeft: () => panBy(step, 0),
      ArrowRight: () => panBy(-step, 0),
      ArrowUp: () => panBy(0, step),
      ArrowDown: () => panBy(0, -step),
      "+": () => zoomAt(1.25, width / 2, height / 2),
      "=": () => zoomAt(1.25, width / 2, height / 2),
      "-": () => zoomAt(0.8, width / 2, height / 2),
      "0": fit,
    };
    if (keys[event.key]) {
      event.preventDefault();
      keys[event.key]();
    }
  });

  document.addEventListener("keydown", (event) => {
    const typing = event.target instanceof HTMLInputElement;
    if (event.key === "Escape") {
      if (typing && searchBox.value !== "") {
        searchBox.value = "";
        search("");
      } else select(-1, false);
    } else if (event.key === "/" && !typing) {
      event.preventDefault();
      searchBox.focus();
    }
  });

  let searchTimer = 0;
  searchBox.addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => search(searchBox.value), 40);
  });
  searchBox.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && resultList.firstElementChild) {
      event.preventDefault();
      resultList.querySelector("button").focus();
    } else if (event.key === "Enter") {
      clearTimeout(searchTimer);
      search(searchBox.value);
      if (matches.length > 0) select(matches[0], true);
    }
  });
  resultList.addEventListener("keydown", (event) => {
    const item = event.target.closest("li");
    const next = event.key === "ArrowDown" ? item?.nextElementSibling : event.key === "ArrowUp"
      ? item?.previousElementSibling : undefined;
    if (next === undefined) return;
    event.preventDefault();
    if (next) next.querySelector("button").focus();
    else if (event.key === "ArrowUp") searchBox.focus();
  });

  window.addEventListener("hashchange", selectFromHash);
  new ResizeObserver(() => resize()).observe(canvas);

  // ---- start --------------------------------------------------------------------------------------------------------

  window.clrgraph = Object.freeze({
    get nodes() { return N; },
    get edges() { return edgeCount; },
    get subsystems() { return S; },
    get posts() { return P; },
    get readingLists() { return L; },
    get visibleNodes() { return visibleCount; },
    get drawnEdges() { return drawnEdges; },
    get frames() { return frames; },
    get selected() { return selected >= 0 ? ids[selected] : null; },
    get matches() { return matches.length; },
    edgeLimit: EDGE_LIMIT,
    screenPosition(id) {
      const i = nodeById.get(id);
      if (i === undefined || !inView(i, 0)) return null;
      const box = canvas.getBoundingClientRect();
      return { x: box.left + toScreenX(xs[i]), y: box.top + toScreenY(ys[i]) };
    },
  });

  document.getElementById("fallback").hidden = true;
  app.hidden = false;
  buildFilters();
  const box = canvas.getBoundingClientRect();
  width = Math.max(1, box.width);
  height = Math.max(1, box.height);
  resize();
  fit();
  selectFromHash();
})();
