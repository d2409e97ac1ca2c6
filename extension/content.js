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

  // One pass over the page: the collapsed text, and for each of its characters the text node
  // (index into `nodes`, -1 for a virtual block space) and the offset in that node.
  function readPage(root) {
    const nodes = [];
    const chars = [];
    const nodeOf = [];
    const offsetOf = [];
    let lastSpace = true;
    function space(node, offset) {
      if (lastSpace) return;
      chars.push(" "); nodeOf.push(node); offsetOf.push(offset); lastSpace = true;
    }
    function walk(el) {
      for (let child = el.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) {
          const text = child.data;
          const index = nodes.length;
          nodes.push(child);
          for (let i = 0; i < text.length; i++) {
            if (SPACE.test(text[i])) { space(index, i); continue; }
            chars.push(text[i]); nodeOf.push(index); offsetOf.push(i); lastSpace = false;
          }
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          const tag = child.tagName.toUpperCase();
          if (SKIP.has(tag) || child.id === HOST_ID || child.hidden) continue;
          const block = BLOCK.has(tag);
          if (block) space(-1, 0);
          walk(child);
          if (block) space(-1, 0);
        }
      }
    }
    walk(root);
    return { text: chars.join(""), nodes, nodeOf, offsetOf };
  }

  // Quotes, dashes and case folded one character for one character, so offsets still match.
  function fold(text) {
    let out = "";
    for (const ch of text) {
      let c = ch.replace(/[\u201c\u201d\u201e\u00ab\u00bb]/, '"').replace(/[\u2018\u2019\u201a]/, "'")
        .replace(/[\u2010-\u2015]/, "-");
      const lower = c.toLowerCase();
      out += lower.length === c.length ? lower : c;
    }
    return out;
  }

  function commonSuffix(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
    return n;
  }
  function commonPrefix(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  }

  // Every occurrence of `exact`, scored by the context around it (at most 20,000 looked at).
  function candidates(text, exact, prefix, suffix) {
    const out = [];
    for (let at = text.indexOf(exact); at !== -1 && out.length < 20000;
      at = text.indexOf(exact, at + 1)) {
      const before = text.slice(Math.max(0, at - prefix.length), at);
      const after = text.slice(at + exact.length, at + exact.length + suffix.length);
      out.push({ start: at, end: at + exact.length,
        score: commonSuffix(prefix, before) + commonPrefix(suffix, after) });
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
    while (start < end && (page.nodeOf[start] < 0 || page.text[start] === " ")) start++;
    while (end > start && (page.nodeOf[end - 1] < 0 || page.text[end - 1] === " ")) end--;
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
    let found = candidates(page.text, exact, prefix, suffix);
    if (!found.length) found = candidates(folded(), fold(exact), fold(prefix), fold(suffix));
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
    const cuts = new Map();
    const edge = (charIndex, after) => {
      const node = page.nodeOf[charIndex];
      const offset = page.offsetOf[charIndex] + (after ? 1 : 0);
      if (!cuts.has(node)) cuts.set(node, new Set());
      cuts.get(node).add(offset);
      return [node, offset];
    };
    const ranges = placed.map(({ span }) => [edge(span.start, false), edge(span.end - 1, true)]);
    const pieces = new Map(); // node index -> [{start, end, node}]
    for (const [index, offsets] of cuts) {
      const original = page.nodes[index];
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
      pieces.set(index, list);
    }
    const pieceList = (index) => pieces.get(index) ||
      [{ start: 0, end: page.nodes[index].data.length, node: page.nodes[index] }];
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
    if (flag.neutral.length) lines.push(["Neutral: " + flag.neutral.join(", ")]);
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
    const page = readPage(document.body);
    let foldedText = null;
    const folded = () => (foldedText ??= fold(page.text));
    const spans = resolve(flags.map((flag) => locate(page, flag, folded)));
    const placed = [];
    const unanchored = [];
    flags.forEach((flag, index) => {
      const span = spans[index] && trim(page, spans[index]);
      if (span) placed.push({ flag, index, span });
      else unanchored.push(index);
    });
    wrapAll(page, placed);
    return { anchored: placed.map((p) => p.index), unanchored };
  }

  document.addEventListener("mouseover", show, true);
  document.addEventListener("focusin", show, true);
  window.__annotator = { highlight, clear, readPage };
})();
