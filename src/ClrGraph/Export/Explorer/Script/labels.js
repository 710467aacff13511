// ---- labels -------------------------------------------------------------------------------------------------------

// Labels are placed greedily, most important first, each where it overlaps no label placed before it and no node
// disc: right of its node, then below, above, left, at the corners, and flush with a side of the disc below or above;
// a label that fits nowhere is left out until you zoom in.
const LABEL_FONT = "system-ui, \"DejaVu Sans\", sans-serif";
const LABEL_GAP = 3;
// A post's label stays a few spaces from the labels beside it, or two read as one ("The runtime as a whole A look
// at…"); the subsystems' labels, which the user finds their way by, need only not overlap.
const LABEL_SPACE = 6;
const MAX_LABEL = 48;
// Of the posts in view, the labels tried, most connected first (a label costs a measure and a few box tests).
const POST_LABELS_TRIED = 400;
let placedLabels = [];

// On a phone's canvas, a pixel smaller: the same names fit in about half the room.
const labelSize = (i) =>
  (kind[i] === SUBSYSTEM ? (parentOf[i] < 0 ? 14 : 13) : 12) - (Math.min(width, height) < 480 ? 1 : 0);
const labelFont = (i, bold) => (bold || kind[i] !== POST ? "600 " : "") + labelSize(i) + "px " + LABEL_FONT;
// A long label keeps the qualifier that tells it from its siblings: "A .NET Object - from allocation to… (pdf)".
function cut(text, length) {
  if (text.length <= length) return text;
  const tail = / \([^()]{1,16}\)$/.exec(text)?.[0] ?? "";
  return text.slice(0, length - 1 - tail.length).replace(/[\s,;:–-]+$/, "") + "…" + tail;
}

const labelText = (i) => cut(labels[i], MAX_LABEL);
const widths = new Map();

function textWidth(c, i, bold) {
  const key = `${i} ${bold} ${labelSize(i)}`;
  let w = widths.get(key);
  if (w === undefined) {
    c.font = labelFont(i, bold);
    w = c.measureText(labelText(i)).width;
    widths.set(key, w);
  }
  return w;
}

// Boxes on screen in a coarse grid of cells, to find what a new box would overlap without testing every box.
class Boxes {
  constructor(w, h) {
    this.cell = 48;
    this.columns = Math.ceil(w / this.cell) + 1;
    this.rows = Math.ceil(h / this.cell) + 1;
    this.cells = new Map();
  }

  *cellsOf(b) {
    const c0 = Math.max(0, Math.floor(b.left / this.cell));
    const c1 = Math.min(this.columns - 1, Math.floor(b.right / this.cell));
    const r0 = Math.max(0, Math.floor(b.top / this.cell));
    const r1 = Math.min(this.rows - 1, Math.floor(b.bottom / this.cell));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) yield r * this.columns + c;
  }

  add(b) {
    for (const cell of this.cellsOf(b)) {
      if (!this.cells.has(cell)) this.cells.set(cell, []);
      this.cells.get(cell).push(b);
    }
  }

  hits(b) {
    for (const cell of this.cellsOf(b)) {
      for (const o of this.cells.get(cell) || []) {
        if (o.owner !== b.owner && b.left < o.right && o.left < b.right && b.top < o.bottom && o.top < b.bottom) {
          return true;
        }
      }
    }
    return false;
  }
}

// The labels of this frame, in priority order. With nothing highlighted: the top-level subsystems (the user finds
// their way by them), the other subsystems and the reading lists by their posts, then the most connected posts in
// view. With a selection (or a node hovered or walked to) or a search: first what is highlighted (the focus, its
// neighbours, the matches), the subsystems among them before the posts; the faded nodes' labels take what room is
// left.
function labelCandidates(focus, highlighted, postsInView) {
  const order = [];
  const seen = new Set();
  const take = (i) => {
    if (i >= 0 && visible[i] && !seen.has(i)) {
      seen.add(i);
      order.push(i);
    }
  };
  focus.forEach(take);
  const bySize = (a, b) => postCount[b] - postCount[a] || a - b;
  highlighted.filter((i) => kind[i] !== POST).sort((a, b) => kind[a] - kind[b] || bySize(a, b)).forEach(take);
  highlighted.filter((i) => kind[i] === POST).forEach(take);
  const all = Array.from({ length: S }, (_, s) => s);
  all.filter((s) => parentOf[s] < 0).sort(bySize).forEach(take);
  all.filter((s) => parentOf[s] >= 0).sort(bySize).forEach(take);
  for (let l = 0; l < L; l++) take(S + l);
  if (postsInView !== null) {
    postsInView.sort((a, b) => degreeOf(b) - degreeOf(a) || a - b);
    postsInView.slice(0, POST_LABELS_TRIED).forEach(take);
  }
  return order;
}

// Places the labels of the candidates (in order) inside the box, none over another or over a node's disc; the
// labels of subsystems and reading lists may lie over a post's dot (a backing hides the dot), with nothing
// highlighted only when no spot beside their disc is free: the dot showed cut in half by the label. A focused
// node's label, when every spot is taken by discs around it, goes over a disc: it is what the user is looking at; so
// does a top-level subsystem's, which the user finds their way by, often ringed by its own parts.
// While something is highlighted (related is the set of it), a highlighted label may lie over a faded post's dot,
// and with no other room over a faded part's disc; a search's match, with nothing selected, even over a faded
// top-level subsystem's (around a selection those keep their room, to be named). A faded label lies over a
// highlighted node only if it is a top-level subsystem's with no other room, and no label but its own ever lies over
// the focused node's disc: on a small phone a faded "Hosting and startup" covered the selected garbage collector.
function placeLabels(c, candidates, discs, box, bold, related) {
  const labelBoxes = new Boxes(width, height);
  labelBoxes.add(zoomBox);
  const bigDiscs = new Boxes(width, height);
  const dots = new Boxes(width, height);
  const fadedDiscs = new Boxes(width, height);
  const fadedDots = new Boxes(width, height);
  const landmarks = new Boxes(width, height);
  const strong = new Boxes(width, height);
  const focused = new Boxes(width, height);
  const faded = (i) => related !== null && !related.has(i);
  for (const i of discs) {
    const r = screenRadius(i);
    const sx = toScreenX(xs[i]);
    const sy = toScreenY(ys[i]);
    const b = { left: sx - r, right: sx + r, top: sy - r, bottom: sy + r, owner: i };
    if (kind[i] === POST) (faded(i) ? fadedDots : dots).add(b);
    else (faded(i) ? fadedDiscs : bigDiscs).add(b);
    if (kind[i] === SUBSYSTEM && parentOf[i] < 0 && faded(i)) landmarks.add(b);
    if (related !== null && !faded(i)) strong.add(b);
    if (bold.has(i)) focused.add(b);
  }
  const placed = [];
  for (const i of candidates) {
    const sx = toScreenX(xs[i]);
    const sy = toScreenY(ys[i]);
    const r = screenRadius(i) + LABEL_GAP;
    const w = textWidth(c, i, bold.has(i));
    const h = labelSize(i) + 4;
    const d = r * 0.7;
    const spots = [
      [sx + r, sy - h / 2],
      [sx - w / 2, sy + r],
      [sx - w / 2, sy - r - h],
      [sx - r - w, sy - h / 2],
      [sx + d, sy + d],
      [sx + d, sy - d - h],
      [sx - d - w, sy + d],
      [sx - d - w, sy - d - h],
      // Last, below or above and flush with one side of the disc: a long label beside the canvas's edge.
      [sx - r, sy + r],
      [sx + r - w, sy + r],
      [sx - r, sy - r - h],
      [sx + r - w, sy - r - h],
    ];
    let chosen = null;
    let overDots = null;
    let overFaded = null;
    let overLandmark = null;
    let overDisc = null;
    for (const [x, y] of spots) {
      const b = { left: x - 1, right: x + w + 1, top: y, bottom: y + h, owner: i };
      const inside = b.left >= box.left + 2 && b.right <= box.right - 2 && b.top >= box.top + 2
        && b.bottom <= box.bottom - 2;
      const space = kind[i] === POST ? LABEL_SPACE : 0;
      if (!inside || labelBoxes.hits({ ...b, left: b.left - space, right: b.right + space })) continue;
      const topLevel = i < S && parentOf[i] < 0;
      if (!bold.has(i) && focused.hits(b)) continue;
      if (faded(i) && strong.hits(b)) {
        if (overDisc === null && topLevel) overDisc = b;
        continue;
      }
      const overDot = kind[i] === POST && (dots.hits(b) || (faded(i) && fadedDots.hits(b)));
      if (bigDiscs.hits(b) || (faded(i) && fadedDiscs.hits(b)) || overDot) {
        if (overDisc === null && (bold.has(i) || topLevel)) overDisc = b;
        continue;
      }
      if (fadedDiscs.hits(b)) {
        if (!landmarks.hits(b)) overFaded ??= b;
        else if (bold.size === 0) overLandmark ??= b;
        continue;
      }
      if (related === null && dots.hits(b)) {
        overDots ??= b;
        continue;
      }
      chosen = b;
      break;
    }
    chosen = chosen || overDots || overFaded || overLandmark || overDisc;
    if (chosen === null) continue;
    labelBoxes.add(chosen);
    const backed = [dots, fadedDots, bigDiscs, fadedDiscs].some((boxes) => boxes.hits(chosen));
    placed.push({ i, x: chosen.left + 1, y: chosen.top + 2, w, h, backed });
  }
  return placed;
}

function drawLabels(c, placed, bold, related) {
  c.textAlign = "left";
  c.textBaseline = "top";
  c.lineJoin = "round";
  c.lineWidth = 3;
  for (const { i, x, y, w, h, backed } of placed) {
    c.font = labelFont(i, bold.has(i));
    const text = labelText(i);
    // Over a disc, a backing: the halo follows the letters, and the disc would show through the space between words.
    // A selection's labels have one too, up to their own disc: its dark lines showed through the gap between a disc
    // and its label's first letter, as a dot. A faded label has none: it would cut the lines and dots that a
    // selection brings forward.
    const strong = related === null || related.has(i);
    c.fillStyle = "#ffffff";
    if (strong && (backed || related !== null)) {
      c.save();
      c.beginPath();
      c.rect(x - LABEL_GAP, y - 2, w + 2 * LABEL_GAP, h);
      c.arc(toScreenX(xs[i]), toScreenY(ys[i]), screenRadius(i) + ringWidth(i, bold.has(i)) / 2, 0, 2 * Math.PI);
      c.clip("evenodd");
      c.fillRect(x - LABEL_GAP, y - 2, w + 2 * LABEL_GAP, h);
      c.restore();
    }
    c.strokeStyle = "rgba(255, 255, 255, 0.92)";
    c.strokeText(text, x, y);
    c.fillStyle = strong ? "#111111" : "#6b6b6b";
    c.fillText(text, x, y);
  }
}
