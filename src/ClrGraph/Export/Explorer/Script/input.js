// ---- selection, URL state and input -------------------------------------------------------------------------------

const back = [];
let walk = [];

function select(i, center) {
  selected = i;
  walked = -1;
  walk = [];
  if (i < 0) back.length = 0;
  showPanel();
  if (i >= 0) {
    if (center) centerOn(i);
    else reveal(i);
  }
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

// The selected node's visible neighbours, clockwise from twelve o'clock around it: what the arrow keys walk.
function neighboursOf(i) {
  const found = new Set();
  for (const e of edgesOf(i)) if (visible[other(e, i)]) found.add(other(e, i));
  const angle = (n) => (Math.atan2(xs[n] - xs[i], ys[i] - ys[n]) + 2 * Math.PI) % (2 * Math.PI);
  return [...found].sort((a, b) => angle(a) - angle(b) || a - b);
}

function walkBy(step) {
  if (walk.length === 0) walk = neighboursOf(selected);
  if (walk.length === 0) return;
  const at = walk.indexOf(walked);
  walked = walk[at < 0 ? (step > 0 ? 0 : walk.length - 1) : (at + step + walk.length) % walk.length];
  summary.textContent = "Neighbour " + number(walk.indexOf(walked) + 1) + " of " + number(walk.length) + ": "
    + labels[walked] + ", " + kindName(walked) + ". Enter selects it, Escape goes back.";
  if (!inView(walked, -20)) centerOn(walked);
  changed(false);
}

// Enter: the walked neighbour becomes the selection; a selected post opens; with nothing selected, the subsystem
// nearest the middle of the view is selected.
function enter() {
  if (walked >= 0) {
    back.push(selected);
    select(walked, false);
  } else if (selected >= 0 && kind[selected] === POST && webUrl(urls[selected])) {
    window.open(webUrl(urls[selected]), "_blank", "noopener");
  } else if (selected < 0) {
    let best = -1;
    const away = (s) => Math.hypot(toScreenX(xs[s]) - width / 2, toScreenY(ys[s]) - height / 2);
    for (let s = 0; s < S; s++) if (visible[s] && (best < 0 || away(s) < away(best))) best = s;
    if (best >= 0) select(best, false);
  }
}

function goBack() {
  if (walked >= 0) {
    walked = -1;
    summary.textContent = selected >= 0 ? describe(selected) : "";
    changed(false);
  } else if (back.length > 0) {
    const previous = back.pop();
    const stack = [...back];
    select(previous, false);
    back.push(...stack);
  } else select(-1, false);
}

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

canvas.addEventListener("pointerup", (event) => {
  const here = position(event);
  const wasClick = pointers.size === 1 && !dragged;
  pointers.delete(event.pointerId);
  if (wasClick) {
    back.length = 0;
    select(nodeAt(here.x, here.y), false);
  }
});
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
  const walking = selected >= 0;
  const keys = {
    ArrowLeft: () => (walking ? walkBy(-1) : panBy(step, 0)),
    ArrowRight: () => (walking ? walkBy(1) : panBy(-step, 0)),
    ArrowUp: () => (walking ? walkBy(-1) : panBy(0, step)),
    ArrowDown: () => (walking ? walkBy(1) : panBy(0, -step)),
    Enter: enter,
    "+": () => zoomCentre(1.25),
    "=": () => zoomCentre(1.25),
    "-": () => zoomCentre(0.8),
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
    } else if (app.classList.contains("filters-open")) toggleFilters(false);
    else goBack();
  } else if (event.key === "/" && !typing) {
    event.preventDefault();
    searchBox.focus();
  }
});

// A key searches at once; keys that follow within 40 ms of that search are gathered into one search when they pause.
const SEARCH_PAUSE = 40;
let searchTimer = 0;
let lastSearch = -Infinity;
searchBox.addEventListener("input", () => {
  clearTimeout(searchTimer);
  const soon = performance.now() - lastSearch < SEARCH_PAUSE;
  searchTimer = setTimeout(() => {
    search(searchBox.value);
    lastSearch = performance.now();
  }, soon ? SEARCH_PAUSE : 0);
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

document.getElementById("zoom-in").addEventListener("click", () => zoomCentre(1.5));
document.getElementById("zoom-out").addEventListener("click", () => zoomCentre(1 / 1.5));
document.getElementById("fit").addEventListener("click", fit);
showFilters.addEventListener("click", () => toggleFilters(!app.classList.contains("filters-open")));
window.addEventListener("hashchange", selectFromHash);
new ResizeObserver(() => resize()).observe(canvas);
