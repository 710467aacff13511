// ---- hit-testing --------------------------------------------------------------------------------------------------

// Posts in a uniform grid of cells about four posts each; subsystems and reading lists, few, are scanned. Built anew
// when the graph is turned.
let grid = buildGrid();
function buildGrid() {
  const [minX, minY, maxX, maxY] = bounds((i) => i >= FIRST_POST);
  const side = Math.max(1, Math.ceil(Math.sqrt(P / 4)));
  const cell = Math.max((maxX - minX) / side, (maxY - minY) / side, 1e-9);
  const columns = Math.floor((maxX - minX) / cell) + 1;
  const rows = Math.floor((maxY - minY) / cell) + 1;
  const start = new Int32Array(columns * rows + 1);
  const cellOf = (i) => Math.floor((ys[i] - minY) / cell) * columns + Math.floor((xs[i] - minX) / cell);
  for (let i = FIRST_POST; i < N; i++) start[cellOf(i) + 1]++;
  for (let c = 0; c < columns * rows; c++) start[c + 1] += start[c];
  const items = new Int32Array(P);
  const fill = start.slice(0, columns * rows);
  for (let i = FIRST_POST; i < N; i++) items[fill[cellOf(i)]++] = i;
  return { minX, minY, cell, columns, rows, start, items };
}

// The node under the pointer: of the shapes within a few pixels of it, the one whose centre is nearest in units of
// its own size, so that a post under the pointer wins over the large disc it lies on.
function nodeAt(sx, sy) {
  let best = -1;
  let bestScore = Infinity;
  const consider = (i) => {
    if (!visible[i]) return;
    const r = screenRadius(i);
    const d = Math.hypot(toScreenX(xs[i]) - sx, toScreenY(ys[i]) - sy);
    const score = d / (r + 3);
    if (score <= 1 && score < bestScore) {
      best = i;
      bestScore = score;
    }
  };
  for (let i = 0; i < FIRST_POST; i++) consider(i);
  if (P === 0) return best;
  const wx = toWorldX(sx);
  const wy = toWorldY(sy);
  const reach = 10 / camera.k;
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
