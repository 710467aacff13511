// ---- filters and legend -------------------------------------------------------------------------------------------

// A post stays while any subsystem it covers is under a checked top-level subsystem (or it covers none) and a checked
// list names it (or none does); a subsystem while its top level is checked. Each change re-fits the view.
const topLevelChecked = new Uint8Array(S).fill(1);
const listChecked = new Uint8Array(L).fill(1);
const filters = document.getElementById("filters");
const showFilters = document.getElementById("show-filters");

function applyFilters() {
  visibleCount = 0;
  for (let i = 0; i < N; i++) {
    let show;
    if (kind[i] === SUBSYSTEM) show = topLevelChecked[topLevelOf[i]] === 1;
    else if (kind[i] === READING_LIST) show = listChecked[i - S] === 1;
    else {
      const p = posts[i - FIRST_POST];
      show = (p.covers.length === 0 || p.covers.some((c) => topLevelChecked[topLevelOf[c]] === 1))
        && (p.lists.length === 0 || p.lists.some((l) => listChecked[l] === 1));
    }
    visible[i] = show ? 1 : 0;
    visibleCount += visible[i];
  }
  if (selected >= 0 && !visible[selected]) select(-1, false);
  fit();
}

function swatch(color, className) {
  const mark = element("span", null, className || "swatch");
  mark.style.background = color;
  return mark;
}

function checkbox(text, mark, shades, count, onChange) {
  const label = element("label");
  const box = element("input");
  box.type = "checkbox";
  box.checked = true;
  box.addEventListener("change", () => onChange(box.checked));
  const detail = element("span", null, "detail");
  detail.append(...shades, dotted("span", count.split(" · "), "count"));
  label.append(box, mark, element("span", text, "name"), detail);
  return label;
}

function buildFilters() {
  const tops = document.getElementById("top-levels");
  for (let s = 0; s < S; s++) {
    if (parentOf[s] >= 0) continue;
    // The top level's colour, then the distinct shades of the parts under it.
    const shades = [];
    for (let c = 0; c < S; c++) {
      const shade = colors[colorOf[c]];
      if (c !== s && topLevelOf[c] === s && shade !== colors[colorOf[s]] && !shades.includes(shade)) shades.push(shade);
    }
    const group = [];
    if (shades.length > 0) {
      group.push(element("span", null, "shades"));
      group[0].append(...shades.slice(0, 6).map((shade) => swatch(shade, "shade")));
    }
    tops.append(checkbox(labels[s], swatch(colors[colorOf[s]]), group, countText(s), (on) => {
      topLevelChecked[s] = on ? 1 : 0;
      applyFilters();
    }));
  }
  const lists = document.getElementById("reading-lists");
  for (let l = 0; l < L; l++) {
    lists.append(checkbox(labels[S + l], swatch(LIST_COLOR, "diamond"), [], plural(degreeOf(S + l), "post", "posts"),
      (on) => {
        listChecked[l] = on ? 1 : 0;
        applyFilters();
      }));
  }
  const kinds = document.getElementById("kinds");
  const row = (marks, text) => {
    const line = element("p");
    line.append(...marks, element("span", text));
    return line;
  };
  kinds.append(
    row([swatch("#777777", "swatch big")], "Subsystems: the larger, the more posts"),
    row([swatch("#bbbbbb", "dot")], "Posts, in their primary subsystem's shade"),
    row([swatch(LIST_COLOR, "diamond")], "Reading lists; their lines show when one is selected"),
  );
}

function toggleFilters(open) {
  app.classList.toggle("filters-open", open);
  showFilters.setAttribute("aria-expanded", String(open));
}
