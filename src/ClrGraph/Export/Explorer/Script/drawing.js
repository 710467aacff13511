// ---- drawing ------------------------------------------------------------------------------------------------------

// Above this many edges, edges are drawn only around the selected and hovered nodes and when zoomed in.
const EDGE_LIMIT = 20000;
// When zoomed in so far that at most this many nodes are in view, their edges are drawn whatever the size.
const ZOOMED_IN_NODES = 2000;
// Node discs that labels keep clear of, and posts whose labels are tried, when at most this many posts are in view.
const POSTS_CONSIDERED = 3000;

const base = document.createElement("canvas");
const baseContext = base.getContext("2d");
let baseCamera = null;
let hovered = -1;
let selected = -1;
let walked = -1;
let matches = [];
let frames = 0;
let drawnEdges = 0;
let baseStale = true;
let framePending = false;
let interacting = 0;
let settleTimer = 0;

// A list's lines join it to posts all over the graph: they are drawn only while the list is selected or hovered.
// In a large graph so are a post's lines to subsystems other than its primary one, which cross the whole ring.
const ALL_COVERS = edgeCount <= 2000;
const edgeShown = (e) =>
  edgeRelation[e] !== LISTS && (ALL_COVERS || edgeRelation[e] !== COVERS || edgePrimary[e] === 1);

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

// The visible nodes in view, or null when there are more than the limit.
function nodesInView(limit, from, to) {
  const found = [];
  for (let i = from; i < to; i++) {
    if (visible[i] && inView(i, 0)) {
      found.push(i);
      if (found.length > limit) return null;
    }
  }
  return found;
}

function shape(c, i, r) {
  const sx = toScreenX(xs[i]);
  const sy = toScreenY(ys[i]);
  if (kind[i] === READING_LIST) {
    // A diamond: reading lists are not subsystems.
    c.moveTo(sx, sy - r * 1.2);
    c.lineTo(sx + r * 1.2, sy);
    c.lineTo(sx, sy + r * 1.2);
    c.lineTo(sx - r * 1.2, sy);
    c.closePath();
  } else {
    c.moveTo(sx + r, sy);
    c.arc(sx, sy, r, 0, 2 * Math.PI);
  }
}

function drawBase() {
  const c = baseContext;
  c.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  c.clearRect(0, 0, width, height);
  drawnEdges = 0;
  if (edgeCount <= EDGE_LIMIT) drawEdges(c, allEdges(), "rgba(60, 60, 60, 0.2)");
  else {
    const inside = nodesInView(ZOOMED_IN_NODES, 0, N);
    if (inside !== null) drawEdges(c, edgesAround(inside), "rgba(60, 60, 60, 0.2)");
  }
  // Posts by colour, one path per colour, then reading lists and subsystems above them.
  const byColor = new Map();
  for (let i = FIRST_POST; i < N; i++) {
    if (!visible[i] || !inView(i, 8)) continue;
    if (!byColor.has(colorOf[i])) byColor.set(colorOf[i], []);
    byColor.get(colorOf[i]).push(i);
  }
  // Where dots crowd each other, rings would merge into grey: the dots are filled with their ring's colour instead.
  const crowded = POST_WORLD * camera.k < 1.5;
  for (const [color, members] of byColor) {
    const r = screenRadius(members[0]);
    c.beginPath();
    for (const i of members) shape(c, i, r);
    const ring = color >= 0 ? rings[color] : "#303030";
    c.fillStyle = crowded ? ring : color >= 0 ? colors[color] : FALLBACK_COLOR;
    c.fill();
    if (crowded) continue;
    c.lineWidth = r >= 4 ? 1.2 : 0.8;
    c.strokeStyle = ring;
    c.stroke();
  }
  for (let i = S; i < FIRST_POST; i++) if (visible[i] && inView(i, 20)) drawNode(c, i, false);
  for (let i = 0; i < S; i++) if (visible[i] && inView(i, 20)) drawNode(c, i, false);
  baseCamera = { ...camera };
  baseStale = false;
}

function* allEdges() {
  for (let e = 0; e < edgeCount; e++) yield e;
}

function* edgesAround(nodes) {
  for (const i of nodes) yield* edgesOf(i);
}

function drawEdges(c, edges, style, primaryStyle, all) {
  c.beginPath();
  const strong = new Path2D();
  for (const e of edges) {
    const a = edgeSource[e];
    const b = edgeTarget[e];
    if (!visible[a] || !visible[b] || !(all || edgeShown(e))) continue;
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

// The width of a node's ring: a selected node's black outline, else a post's or a subsystem's.
const ringWidth = (i, outline) => (outline ? 3 : kind[i] === POST ? 1.2 : 1.5);

function drawNode(c, i, outline) {
  const r = screenRadius(i);
  c.beginPath();
  shape(c, i, r);
  c.fillStyle = fillOf(i);
  c.fill();
  c.lineWidth = ringWidth(i, outline);
  c.strokeStyle = outline ? "#111111" : kind[i] === POST ? ringOf(i) : "#ffffff";
  c.stroke();
}

// A search match's red ring, drawn once per half-pixel radius and pixel ratio, then copied: one path of two thousand
// circles takes a tenth of a second to stroke.
const matchRings = new Map();
function matchRing(r) {
  const key = r + " " + pixelRatio;
  let ring = matchRings.get(key);
  if (ring === undefined) {
    if (matchRings.size > 64) matchRings.clear();
    ring = document.createElement("canvas");
    ring.width = ring.height = Math.ceil((2 * r + 4) * pixelRatio);
    const c = ring.getContext("2d");
    c.scale(ring.width / (2 * r + 4), ring.height / (2 * r + 4));
    c.beginPath();
    c.arc(r + 2, r + 2, r, 0, 2 * Math.PI);
    c.lineWidth = 2;
    c.strokeStyle = "#c00000";
    c.stroke();
    matchRings.set(key, ring);
  }
  return ring;
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

  const focus = [selected, hovered, walked].filter((i) => i >= 0);
  const neighbours = [];
  // A search's matches are highlighted as a selection's neighbours are: the rest fades, they are labelled first.
  const found = matches.filter((i) => visible[i] && inView(i, 10));
  if (focus.length > 0 || found.length > 0) {
    c.fillStyle = "rgba(255, 255, 255, 0.72)";
    c.fillRect(0, 0, width, height);
    const around = [];
    for (const i of focus) for (const e of edgesOf(i)) around.push(e);
    const counted = drawnEdges;
    drawEdges(c, around, "rgba(40, 40, 40, 0.55)", "rgba(20, 20, 20, 0.85)", true);
    drawnEdges = baseStale ? counted : drawnEdges;
    for (const e of around) {
      for (const n of [edgeSource[e], edgeTarget[e]]) {
        if (visible[n] && !focus.includes(n)) {
          drawNode(c, n, false);
          neighbours.push(n);
        }
      }
    }
    for (const i of found) if (!focus.includes(i)) drawNode(c, i, false);
    for (const i of focus) drawNode(c, i, true);
  }
  for (const i of found) {
    const r = Math.round(screenRadius(i) * 2) / 2 + 4;
    c.drawImage(matchRing(r), toScreenX(xs[i]) - r - 2, toScreenY(ys[i]) - r - 2, 2 * r + 4, 2 * r + 4);
  }

  // Labels: never over each other, and only where they fit whole in the part of the canvas in view.
  if (!(large && interacting)) {
    const postsInView = nodesInView(POSTS_CONSIDERED, FIRST_POST, N);
    const discs = [];
    for (let i = 0; i < FIRST_POST; i++) if (visible[i] && inView(i, 20)) discs.push(i);
    if (postsInView !== null) discs.push(...postsInView);
    const highlighted = [...new Set([...neighbours.slice(0, 200), ...found.slice(0, 200)])];
    for (const i of highlighted) if (kind[i] === POST && postsInView === null) discs.push(i);
    const bold = new Set(focus);
    const related = focus.length > 0 || found.length > 0 ? new Set([...focus, ...neighbours, ...found]) : null;
    const candidates = labelCandidates(focus, highlighted, postsInView);
    placedLabels = placeLabels(c, candidates, discs, visibleBox(), bold, related);
    drawLabels(c, placedLabels, bold, related);
  }

  frames++;
  if (document.documentElement.dataset.state !== "ready") {
    document.documentElement.dataset.state = "ready";
    setTimeout(buildHaystack, 0);
  }
}
