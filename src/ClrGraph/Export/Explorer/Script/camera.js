// ---- view and camera ----------------------------------------------------------------------------------------------

const app = document.getElementById("app");
const canvas = document.getElementById("graph");
const context = canvas.getContext("2d");
const panel = document.getElementById("panel");
const zoomButtons = document.getElementById("zoom");
// Where the zoom buttons lie over the canvas, in canvas pixels: no label goes under them. Measured on each resize.
let zoomBox = { left: 0, right: 0, top: 0, bottom: 0, owner: -1 };
const camera = { x: 0, y: 0, k: 1 };
let width = 1;
let height = 1;
let pixelRatio = 1;
let fits = 0;
// Until the user moves the view, it is re-fitted whenever the canvas changes size.
let fitted = true;
const visible = new Uint8Array(N).fill(1);
let visibleCount = N;

const toScreenX = (x) => (x - camera.x) * camera.k + width / 2;
const toScreenY = (y) => (y - camera.y) * camera.k + height / 2;
const toWorldX = (sx) => (sx - width / 2) / camera.k + camera.x;
const toWorldY = (sy) => (sy - height / 2) / camera.k + camera.y;

// The box [minX, minY, maxX, maxY] around the nodes that keep(i) accepts, in layout units.
function bounds(keep = () => true) {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < N; i++) {
    if (!keep(i)) continue;
    [minX, minY] = [Math.min(minX, xs[i]), Math.min(minY, ys[i])];
    [maxX, maxY] = [Math.max(maxX, xs[i]), Math.max(maxY, ys[i])];
  }
  return minX <= maxX ? [minX, minY, maxX, maxY] : [0, 0, 0, 0]; // nothing kept: a graph without posts
}

// The layout's width and height as exported, before any turn.
const [LAYOUT_WIDTH, LAYOUT_HEIGHT] = (([minX, minY, maxX, maxY]) => [maxX - minX, maxY - minY])(bounds());

// A post's radius in layout units: a quarter of the mean room each node has in the layout's box.
const POST_WORLD =
  N > 0 && LAYOUT_WIDTH > 0 ? 0.25 * Math.sqrt((LAYOUT_WIDTH * Math.max(LAYOUT_HEIGHT, 1)) / N) : 1;

// Sizes on screen, in CSS pixels, whatever the zoom: a post at least 2.5 and grows as you zoom in; a subsystem's disc
// grows with its posts, up to a cap, so that zoomed in it never hides the posts around it.
const subsystemRadius = Float64Array.from(subsystems, (_, s) => {
  const top = parentOf[s] < 0;
  return (top ? 10 : 6) + Math.min(top ? 10 : 6, Math.sqrt(postCount[s]) * (top ? 1.2 : 0.8));
});
const LIST_RADIUS = 8;
function screenRadius(i) {
  if (kind[i] === POST) return Math.min(Math.max(POST_WORLD * camera.k, 2.5), 5);
  // On a small canvas (a phone) discs shrink, to leave room for their labels.
  const scale = Math.min(1, Math.max(0.6, Math.min(width, height) / 800));
  return (kind[i] === SUBSYSTEM ? subsystemRadius[i] : LIST_RADIUS) * scale;
}

// The part of the canvas that the panel, lying over it, leaves in view, in canvas pixels.
function visibleBox() {
  const box = { left: 0, top: 0, right: width, bottom: height };
  if (panel.hidden) return box;
  const c = canvas.getBoundingClientRect();
  const p = panel.getBoundingClientRect();
  if (p.width === 0 || p.height === 0) return box;
  // A panel across the whole width is a bottom sheet; any other lies along the right edge.
  if (p.width >= c.width * 0.9) box.bottom = Math.max(box.top + 1, Math.min(height, p.top - c.top));
  else box.right = Math.max(box.left + 1, Math.min(width, p.left - c.left));
  return box;
}

// A graph wider than tall, on a canvas taller than wide (a phone held upright), is shown a quarter turn round, so
// that it fills the screen rather than a strip across it; and turned back when the canvas is wide again. The layout
// has no up or left of its own, and it is only turned when the view is fitted anew. The canvas, not the room the
// panel leaves, decides, so that opening a subsystem never turns the graph; but a page opened on a subsystem is
// first shown in the room its panel leaves (on a phone, the strip above the sheet).
let quarterTurned = false;
function orient(box) {
  const tall = quarterTurned ? LAYOUT_WIDTH > LAYOUT_HEIGHT : LAYOUT_HEIGHT > LAYOUT_WIDTH;
  if (tall === box.bottom - box.top > box.right - box.left) return false;
  const turn = quarterTurned ? 1 : -1;
  for (let i = 0; i < N; i++) [xs[i], ys[i]] = [turn * ys[i], -turn * xs[i]];
  quarterTurned = !quarterTurned;
  return true;
}

// On a box taller than wide and taller than the graph (a phone held upright), the graph is drawn up to half as tall
// again, so that it fills the screen rather than a band across its middle: the layout's distances say only what lies
// near what. Undone before each fit and each turn.
const MAX_STRETCH = 1.5;
let stretch = 1;
function stretchTo(s) {
  if (s === stretch) return false;
  for (let i = 0; i < N; i++) ys[i] *= s / stretch;
  stretch = s;
  return true;
}

// The camera that shows every visible node inside the visible box, with room for the discs and a margin; the graph
// is turned to the canvas, or to the visible box when the page opens on a subsystem, and stretched to fill it.
function fit(opening = false) {
  const box = visibleBox();
  // Turned and stretched anew, the nodes are found again by one grid built at the end.
  let moved = stretchTo(1);
  moved = orient(opening ? box : { left: 0, top: 0, right: width, bottom: height }) || moved;
  let [minX, minY, maxX, maxY] = bounds((i) => visible[i]);
  if (minX > maxX) [minX, minY, maxX, maxY] = [-1, -1, 1, 1];
  const margin = 24;
  const w = Math.max(box.right - box.left - 2 * margin, 10);
  const h = Math.max(box.bottom - box.top - 2 * margin, 10);
  const room = (h / w) * ((maxX - minX) / (maxY - minY || 1));
  if (h > w && room > 1) {
    moved = stretchTo(Math.min(room, MAX_STRETCH)) || moved;
    [minY, maxY] = [minY * stretch, maxY * stretch];
  }
  if (moved) grid = buildGrid();
  camera.k = Math.min(w / (maxX - minX || 1), h / (maxY - minY || 1));
  lookAt((minX + maxX) / 2, (minY + maxY) / 2, box);
  fits++;
  fitted = true;
  changed(true);
}

function zoomAt(factor, sx, sy) {
  fitted = false;
  const k = Math.min(Math.max(camera.k * factor, 1e-5), 1e4);
  const wx = toWorldX(sx);
  const wy = toWorldY(sy);
  camera.k = k;
  camera.x = wx - (sx - width / 2) / k;
  camera.y = wy - (sy - height / 2) / k;
  changed(true);
}

function zoomCentre(factor) {
  const box = visibleBox();
  zoomAt(factor, (box.left + box.right) / 2, (box.top + box.bottom) / 2);
}

function panBy(dx, dy) {
  fitted = false;
  camera.x -= dx / camera.k;
  camera.y -= dy / camera.k;
  changed(true);
}

// Brings a node to the middle of the visible box, zoomed in enough to tell the posts around it apart.
function centerOn(i) {
  const box = visibleBox();
  fitted = false;
  if (kind[i] === POST) camera.k = Math.max(camera.k, 5 / POST_WORLD);
  lookAt(xs[i], ys[i], box);
  changed(true);
}

// Puts the layout point (x, y) in the middle of the screen box, at the camera's zoom.
function lookAt(x, y, box) {
  camera.x = x - ((box.left + box.right) / 2 - width / 2) / camera.k;
  camera.y = y - ((box.top + box.bottom) / 2 - height / 2) / camera.k;
}

// After a click: when the panel or the canvas's edge hides the node, or more than a quarter of what it links to, the
// view moves so that they lie in the room the panel leaves, zoomed out only if they can't fit at this zoom. A node
// well inside that room (clear of its outer sixth) with most of its neighbours stays put: clicking around a cluster
// in view never moves it. A post's reading lists, far off across the graph, are left out. The user has not moved
// the view: a new size still fits it anew once nothing is selected.
function reveal(i) {
  const box = visibleBox();
  const [w, h] = [box.right - box.left, box.bottom - box.top];
  const within = (n, inset) => {
    const [sx, sy] = [toScreenX(xs[n]), toScreenY(ys[n])];
    return sx >= box.left + inset * w && sx <= box.right - inset * w && sy >= box.top + inset * h
      && sy <= box.bottom - inset * h;
  };
  const around = new Set();
  for (const e of edgesOf(i)) {
    const n = other(e, i);
    if (visible[n] && n !== i && (edgeRelation[e] !== LISTS || kind[i] === READING_LIST)) around.add(n);
  }
  let hidden = 0;
  for (const n of around) if (!within(n, 0)) hidden++;
  if (within(i, 1 / 6) && hidden * 4 <= around.size) return;
  const [minX, minY, maxX, maxY] = bounds((n) => n === i || around.has(n));
  const margin = Math.min(40, w / 8, h / 8);
  const k = Math.min(camera.k, (w - 2 * margin) / (maxX - minX || 1), (h - 2 * margin) / (maxY - minY || 1));
  camera.k = Math.max(k, 1e-5);
  lookAt((minX + maxX) / 2, (minY + maxY) / 2, box);
  changed(true);
}

function inView(i, margin) {
  const sx = toScreenX(xs[i]);
  const sy = toScreenY(ys[i]);
  return sx > -margin && sy > -margin && sx < width + margin && sy < height + margin;
}

function resize() {
  const box = canvas.getBoundingClientRect();
  pixelRatio = window.devicePixelRatio || 1;
  width = Math.max(1, box.width);
  height = Math.max(1, box.height);
  canvas.width = base.width = Math.round(width * pixelRatio);
  canvas.height = base.height = Math.round(height * pixelRatio);
  const z = zoomButtons.getBoundingClientRect();
  zoomBox = { left: z.left - box.left, right: z.right - box.left, top: z.top - box.top, bottom: z.bottom - box.top,
    owner: -1 };
  if (fitted && selected < 0) fit();
  else changed(true);
}
