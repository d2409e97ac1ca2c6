// Injected into the page on "Annotate this page": anchors each flag in the live page and
// highlights it, the way Hypothesis anchors annotations.
//
// Anchoring, for each flag's selectors (TextQuoteSelector {exact, prefix, suffix} and
// TextPositionSelector {start, end} into the server's selector text):
//   1. the page's visible text is read once, whitespace collapsed, with a virtual space at
//      block boundaries, and a map from each character back to its text node;
//   2. every occurrence of `exact` is scored by how much of `prefix` and `suffix` surrounds it;
//      where several score the same (a repeated sentence, or contexts too short to tell), the
//      position selector decides, read through the offset between the selector text and the
//      page at the nearest flag whose context did decide;
//   3. if `exact` does not occur, the same with quotes, dashes and case folded;
//   4. if it still does not occur, the text between the end of `prefix` and the start of
//      `suffix` is taken when they sit about the right distance apart.
// A flag none of these places is returned as unanchored; the panel lists it.
(() => {
  if (window.__annotator) return;

  const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEXTAREA", "TEMPLATE", "IFRAME",
    "SVG", "CANVAS", "HEAD", "TITLE", "SELECT", "OPTION", "BUTTON"]);
  const BLOCK = new Set(["ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "DD", "DIV", "DL",
    "DT", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER",
    "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE", "TD", "TH", "TR", "UL"]);
  const SPACE = /[\s\u00a0\u200b]/;
  const VOICE_LABEL = { outlet: "outlet's own words", quoted: "quoted", paraphrase: "paraphrase" };
  const HOST_ID = "annotator-tip-host";

  function collapse(text) {
    return text.replace(/[\s\u00a0\u200b]+/g, " ");
  }

  // One pass over the page: the collapsed text, and where each text node's part of it starts.
  // Per-character positions are worked out only for the few characters a highlight starts or
  // ends at (`at`), so reading a 100,000-word page stays cheap.
  function readPage(root) {
    const nodes = []; // {node, start}: the node's first character in `text`
    const chunks = [];
    let length = 0;
    let lastSpace = true;
    function push(piece) {
      chunks.push(piece);
      length += piece.length;
      lastSpace = piece.endsWith(" ");
    }
    function walk(el) {
      for (let child = el.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) {
          let piece = collapse(child.data);
          const lead = lastSpace && piece.startsWith(" "); // a space already in the text
          if (lead) piece = piece.slice(1);
          if (!piece) continue;
          nodes.push({ node: child, start: length, lead });
          push(piece);
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          const tag = child.tagName.toUpperCase();
          if (SKIP.has(tag) || child.id === HOST_ID || child.hidden) continue;
          const block = BLOCK.has(tag);
          if (block && !lastSpace) push(" "); // a virtual space between blocks
          walk(child);
          if (block && !lastSpace) push(" ");
        }
      }
    }
    walk(root);
    return { text: chunks.join(""), nodes, seen: new Map(), seenFolded: new Map() };
  }

  // The text node and offset in it of the page text's character `index` (a non-space one).
  function at(page, index) {
    let lo = 0;
    let hi = page.nodes.length - 1;
    while (lo < hi) { // the last node starting at or before `index`
      const mid = (lo + hi + 1) >> 1;
      if (page.nodes[mid].start <= index) lo = mid; else hi = mid - 1;
    }
    const { node, start, lead } = page.nodes[lo];
    // Walk the node's own text, collapsing as readPage did, to the wanted character.
    let k = start - (lead ? 1 : 0);
    let prevSpace = false;
    for (let i = 0; i < node.data.length; i++) {
      const space = SPACE.test(node.data[i]);
      if (space && prevSpace) continue;
      prevSpace = space;
      if (k === index) return [node, i];
      k++;
    }
    return [node, node.data.length - 1];
  }

  // Quotes, dashes and case folded one character for one character, so offsets still match.
  function fold(text) {
    const plain = text.replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
      .replace(/[\u2018\u2019\u201a]/g, "'").replace(/[\u2010-\u2015]/g, "-");
    const lower = plain.toLowerCase();
    if (lower.length === plain.length) return lower;
    // A rare character whose lower case is longer ("İ"): fold the others one by one.
    return [...plain].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c))
      .join("");
  }

  // Every occurrence of `exact`, scored by how many characters of `prefix` and `suffix` match
  // around it (compared in place: most occurrences differ within a few characters).
  function candidates(text, exact, prefix, suffix, seen) {
    // Where `exact` occurs, found once per distinct quote (flags often share their words).
    let where = seen.get(exact);
    if (!where) {
      where = [];
      for (let at = text.indexOf(exact); at !== -1 && where.length < 20000;
        at = text.indexOf(exact, at + 1)) where.push(at);
      seen.set(exact, where);
    }
    const out = [];
    for (const at of where) {
      let score = 0;
      while (score < prefix.length && at - 1 - score >= 0 &&
        text.charCodeAt(at - 1 - score) === prefix.charCodeAt(prefix.length - 1 - score)) score++;
      const end = at + exact.length;
      let n = 0;
      while (n < suffix.length && end + n < text.length &&
        text.charCodeAt(end + n) === suffix.charCodeAt(n)) n++;
      out.push({ start: at, end, score: score + n });
    }
    return out;
  }

  // The best-scored occurrence; among equals, the one nearest `near` (a page offset).
  function pick(found, near) {
    let top = null;
    for (const c of found) {
      if (!top || c.score > top.score ||
        (c.score === top.score && Math.abs(c.start - near) < Math.abs(top.start - near))) top = c;
    }
    return top;
  }

  function between(text, exact, prefix, suffix) {
    // The quote's own words changed: anchor on its context, if the gap is about its length.
    const p = prefix.slice(-24);
    const s = suffix.slice(0, 24);
    if (p.length < 8 || s.length < 8) return null;
    for (let at = text.indexOf(p); at !== -1; at = text.indexOf(p, at + 1)) {
      const start = at + p.length;
      const end = text.indexOf(s, start);
      if (end !== -1 && end > start && Math.abs(end - start - exact.length) <=
        Math.max(4, exact.length / 2)) {
        return { start, end };
      }
    }
    return null;
  }

  function trim(page, span) {
    let { start, end } = span;
    while (start < end && page.text[start] === " ") start++;
    while (end > start && page.text[end - 1] === " ") end--;
    return start < end ? { start, end } : null;
  }

  // First pass: the occurrences of each flag's quote, and whether its context alone decides.
  function locate(page, flag, folded) {
    const quote = flag.selector.find((s) => s.type === "TextQuoteSelector");
    const position = flag.selector.find((s) => s.type === "TextPositionSelector");
    if (!quote) return null;
    const exact = collapse(quote.exact).trim();
    if (!exact) return null;
    const prefix = collapse(quote.prefix);
    const suffix = collapse(quote.suffix);
    let found = candidates(page.text, exact, prefix, suffix, page.seen);
    if (!found.length) {
      found = candidates(folded(), fold(exact), fold(prefix), fold(suffix), page.seenFolded);
    }
    if (!found.length) {
      const gap = between(page.text, exact, prefix, suffix);
      found = gap ? [{ ...gap, score: 0 }] : [];
    }
    const top = Math.max(...found.map((c) => c.score));
    const best = found.filter((c) => c.score === top);
    return { found, unique: best.length === 1 ? best[0] : null,
      position: position ? position.start : null };
  }

  // Second pass: a quote whose context occurs more than once (a repeated sentence; fixed-size
  // contexts) takes the occurrence nearest where its position selector puts it, read through
  // the offset between selector text and page at the nearest flag the context did decide.
  function resolve(located) {
    const known = located.filter((l) => l && l.unique && l.position !== null)
      .map((l) => ({ position: l.position, delta: l.unique.start - l.position }))
      .sort((a, b) => a.position - b.position);
    return located.map((l) => {
      if (!l || !l.found.length) return null;
      if (l.unique) return l.unique;
      let delta = 0;
      let distance = Infinity;
      for (const k of known) {
        const d = Math.abs(k.position - (l.position ?? 0));
        if (d < distance) { distance = d; delta = k.delta; }
      }
      return pick(l.found, (l.position ?? 0) + delta);
    });
  }

  // ------------------------------------------------------------------------- highlighting

  function wrapAll(page, placed) {
    // Cut every text node at every highlight boundary first (from the end, so earlier offsets
    // stay valid), then wrap whole pieces: overlapping highlights simply nest.
    const cuts = new Map(); // text node -> offsets to cut it at
    const index = new Map(page.nodes.map((n, i) => [n.node, i]));
    const edge = (charIndex, after) => {
      const [node, offset] = at(page, charIndex);
      const i = index.get(node);
      if (!cuts.has(i)) cuts.set(i, new Set());
      cuts.get(i).add(offset + (after ? 1 : 0));
      return [i, offset + (after ? 1 : 0)];
    };
    const ranges = placed.map(({ span }) => [edge(span.start, false), edge(span.end - 1, true)]);
    const pieces = new Map(); // node index -> [{start, end, node}]
    for (const [i, offsets] of cuts) {
      const original = page.nodes[i].node;
      const points = [...offsets].filter((o) => o > 0 && o < original.data.length)
        .sort((a, b) => b - a);
      const list = [];
      let node = original;
      let end = original.data.length;
      for (const at of points) {
        const tail = node.splitText(at);
        list.unshift({ start: at, end, node: tail });
        end = at;
      }
      list.unshift({ start: 0, end, node });
      pieces.set(i, list);
    }
    const pieceList = (i) => pieces.get(i) ||
      [{ start: 0, end: page.nodes[i].node.data.length, node: page.nodes[i].node }];
    placed.forEach(({ flag, index }, k) => {
      const [[n0, o0], [n1, o1]] = ranges[k];
      let first = true;
      for (let n = n0; n <= n1; n++) {
        for (const piece of pieceList(n)) {
          if ((n === n0 && piece.start < o0) || (n === n1 && piece.end > o1)) continue;
          if (!piece.node.data.trim()) continue; // whitespace between blocks stays unwrapped
          const mark = document.createElement("mark");
          mark.className = `annotator-hl annotator-${flag.voice}`;
          mark.dataset.annotatorFlag = String(index);
          if (first) { mark.dataset.annotatorFirst = ""; mark.tabIndex = 0; first = false; }
          piece.node.parentNode.insertBefore(mark, piece.node);
          mark.appendChild(piece.node);
        }
      }
    });
  }

  const STYLE = `
    mark.annotator-hl{color:inherit;border-radius:2px;padding:0;cursor:help}
    mark.annotator-outlet{background:#ffc2c2;box-shadow:inset 0 -2px #b3261e}
    mark.annotator-quoted{background:#bdeff5;box-shadow:inset 0 -2px #0b7285}
    mark.annotator-paraphrase{background:#ffeaa0;box-shadow:inset 0 -2px #a36d00}`;
  const TIP_STYLE = `
    .tip{position:fixed;z-index:2147483647;max-width:22rem;padding:.5rem .65rem;
      background:#1b1b1b;color:#fff;font:13px/1.4 system-ui,sans-serif;border-radius:4px;
      box-shadow:0 2px 8px rgba(0,0,0,.35);pointer-events:none}
    .tip[hidden]{display:none} .head{font-weight:700} p{margin:.25rem 0}`;

  function tooltip() {
    let host = document.getElementById(HOST_ID);
    if (!host) {
      host = document.createElement("div");
      host.id = HOST_ID;
      const root = host.attachShadow({ mode: "open" }); // page CSS cannot restyle it
      const style = document.createElement("style");
      style.textContent = TIP_STYLE;
      const tip = document.createElement("div");
      tip.className = "tip";
      tip.hidden = true;
      tip.setAttribute("role", "tooltip");
      root.append(style, tip);
      document.documentElement.appendChild(host);
    }
    return host.shadowRoot.querySelector(".tip");
  }

  function tipLines(flag) {
    const lines = [[`${flag.category.replace(/_/g, " ")} · ${flag.technique.replace(/_/g, " ")
      .replace(/,/g, ", ")} · ${flag.severity}`, "head"], [flag.why]];
    // A quotation cannot be reworded, only paraphrased (the report says the same).
    if (flag.neutral.length) {
      lines.push([(flag.voice === "quoted" ? "If paraphrased: " : "Neutral: ") +
        flag.neutral.join(", ")]);
    }
    if (flag.other_side.length) lines.push(["Other side's term: " + flag.other_side.join(", ")]);
    const voice = VOICE_LABEL[flag.voice];
    lines.push([flag.voice === "outlet" ? `Voice: ${voice}` :
      `Voice: ${voice} - ${flag.speaker || "unattributed"}`]);
    return lines;
  }

  let current = { flags: [] };
  function show(event) {
    const mark = event.target.closest && event.target.closest("mark.annotator-hl");
    const tip = tooltip();
    if (!mark) { tip.hidden = true; return; }
    const flag = current.flags[Number(mark.dataset.annotatorFlag)];
    if (!flag) return;
    tip.replaceChildren(...tipLines(flag).map(([text, cls]) => {
      const p = document.createElement("p");
      p.textContent = text;
      if (cls) p.className = cls;
      return p;
    }));
    const box = mark.getBoundingClientRect();
    tip.hidden = false;
    tip.style.left = `${Math.max(4, Math.min(box.left, innerWidth - tip.offsetWidth - 4))}px`;
    const below = box.bottom + 6;
    tip.style.top = `${below + tip.offsetHeight < innerHeight ? below :
      Math.max(4, box.top - tip.offsetHeight - 6)}px`;
  }

  function clear() {
    for (const mark of document.querySelectorAll("mark.annotator-hl")) {
      const parent = mark.parentNode;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
      parent.normalize();
    }
    const host = document.getElementById(HOST_ID);
    if (host) host.remove();
  }

  function highlight(flags) {
    clear();
    current = { flags };
    if (!document.getElementById("annotator-style")) {
      const style = document.createElement("style");
      style.id = "annotator-style";
      style.textContent = STYLE;
      document.head.appendChild(style);
    }
    const t0 = performance.now();
    // A page still loading (or one that never finishes) may have no <body> yet.
    const page = readPage(document.body || document.documentElement);
    const t1 = performance.now();
    let foldedText = null;
    const folded = () => (foldedText ??= fold(page.text));
    const spans = resolve(flags.map((flag) => locate(page, flag, folded)));
    const t2 = performance.now();
    const placed = [];
    const unanchored = [];
    flags.forEach((flag, index) => {
      const span = spans[index] && trim(page, spans[index]);
      if (span) placed.push({ flag, index, span });
      else unanchored.push(index);
    });
    wrapAll(page, placed);
    const ms = { read: t1 - t0, anchor: t2 - t1, wrap: performance.now() - t2 };
    return { anchored: placed.map((p) => p.index), unanchored, ms, folded: foldedText !== null };
  }

  document.addEventListener("mouseover", show, true);
  document.addEventListener("focusin", show, true);
  window.__annotator = { highlight, clear, readPage };
})();
