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
  get fits() { return fits; },
  get selected() { return selected >= 0 ? ids[selected] : null; },
  get walked() { return walked >= 0 ? ids[walked] : null; },
  get matches() { return matchCount; },
  get searched() { return searchedText; },
  get labels() {
    return placedLabels.map(({ i, x, y, w, h }) => ({ id: ids[i], text: labelText(i), x, y, w, h }));
  },
  edgeLimit: EDGE_LIMIT,
  screenPosition(id) {
    const i = nodeById.get(id);
    if (i === undefined || !inView(i, 0)) return null;
    const box = canvas.getBoundingClientRect();
    return { x: box.left + toScreenX(xs[i]), y: box.top + toScreenY(ys[i]) };
  },
  countText(id) {
    const s = nodeById.get(id);
    return s !== undefined && kind[s] === SUBSYSTEM ? countText(s) : null;
  },
});

document.getElementById("fallback").hidden = true;
app.hidden = false;
buildFilters();
resize();
selectFromHash();
// Opened on a subsystem, the whole graph is fitted to the room the panel leaves, the subsystem drawn selected in it
// (centred on it, the graph ran past the room's edges); opened on a post, the view is zoomed in on it.
fit(selected >= 0);
if (selected >= 0 && kind[selected] === POST) centerOn(selected);
