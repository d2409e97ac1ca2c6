// The side panel: the outlet of the current tab (from the private lookup), and "Annotate this
// page": the page's own HTML goes to the server (nothing is refetched, so it works behind
// paywalls and logins) and the flags come back to be highlighted in the page.
import { ApiError, annotate, lookupUrl, outlet as fetchOutlet } from "./api.js";

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);

function el(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function link(url) {
  // Only web addresses become links; anything else is shown as text.
  return /^https?:\/\//i.test(url) ? el("a", url, { href: url, target: "_blank",
    rel: "noreferrer noopener" }) : el("span", url);
}

async function targetTab() {
  if (params.has("tab")) return chrome.tabs.get(Number(params.get("tab")));
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function showError(message) {
  $("error").textContent = message;
  $("error").hidden = !message;
}

// ---------------------------------------------------------------- the outlet profile

const words = (s) => String(s).replace(/_/g, " ");

function citation(claim) {
  const line = el("span", null, { class: "cite" });
  if (claim.checked === false) line.append(el("span", "[! unverified citation] ", { class: "tag" }));
  line.append("source: ", link(claim.source), ` (${claimDates(claim)})`);
  return line;
}

// As the CLI says it (annotator/report/facts.py claim_dates): the source's date and the
// curator's review date, never one standing for the other.
function claimDates(c) {
  let documented = `documented ${c.as_of}`;
  if (c.as_of_approximate) {
    documented = c.reviewed && c.as_of === c.reviewed ? `source undated, read ${c.as_of}` :
      `documented about ${c.as_of.slice(0, 7)}`;
  }
  return c.reviewed ? `${documented}; reviewed ${c.reviewed}` : documented;
}

function withDetail(text, claim, detail) {
  return [text, detail, claim.note ? `note: ${claim.note}` : null].filter(Boolean).join(" - ");
}

// The same groups, in the same order, as the CLI's outlet section (annotator/report/facts.py).
function profileGroups(o, extraRatings) {
  return [
    ["Ownership", o.ownership.map((c) => [withDetail(`${words(c.role)}: ${c.entity}`, c), c])],
    ["State affiliation", o.state_affiliation.map((c) =>
      [withDetail(`${c.state} (basis: ${words(c.basis)})`, c, c.detail), c])],
    ["Political / militant affiliations", o.affiliations.map((c) =>
      [withDetail(`${c.entity} (${c.kind}, ${words(c.basis)})`, c, c.detail), c])],
    ["Legal status (sanctions, bans, seizures)", o.legal.map((c) =>
      [withDetail(`${words(c.type)} by ${c.authority} - ${c.instrument}, ${c.date}` +
        (c.domains.length ? `; domains: ${c.domains.join(", ")}` : ""), c, c.detail), c])],
    ["Ratings (each rater separately)", [...o.ratings, ...extraRatings].map((c) =>
      [withDetail(`${c.rater}: "${c.label}" (scope: ${c.scope})` +
        (c.imputed ? " [! imputed rating]" : ""), c), c])],
    ["Funding", o.funding.map((c) => [withDetail(words(c.model), c, c.detail), c])],
    ["Notes", (o.notes || []).map((c) => [withDetail(c.text, c), c])],
  ];
}

function renderProfile(o, line, extraRatings = []) {
  $("outlet-line").textContent = line || o.name;
  const root = $("profile");
  root.replaceChildren();
  const about = el("dl", null, { class: "kv" });
  for (const [k, v] of [["Country", o.country], ["Kind", words(o.kind)],
    ["About", o.description], ["Last reviewed", o.last_reviewed]]) {
    if (v) about.append(el("dt", k), el("dd", v));
  }
  root.append(about);
  for (const [title, facts] of profileGroups(o, extraRatings)) {
    if (!facts.length && title === "Notes") continue;
    root.append(el("h3", facts.length ? title : `${title} - none recorded`));
    if (!facts.length) continue;
    const list = el("ul");
    for (const [text, claim] of facts) {
      const item = el("li", text);
      if (claim.document) item.append(el("span", "document: ", { class: "cite" }));
      if (claim.document) item.lastChild.append(link(claim.document));
      item.append(citation(claim));
      list.append(item);
    }
    root.append(list);
  }
}

async function showOutlet(tab) {
  $("outlet-line").textContent = "Looking up the outlet...";
  $("profile").replaceChildren();
  const found = await lookupUrl(tab.url || "");
  $("outlet").dataset.state = found.state;
  if (found.state === "profiled") {
    const { outlet, summary } = await fetchOutlet(found.outlet);
    renderProfile(outlet, summary);
  } else if (found.state === "rated") {
    $("outlet-line").textContent = `${found.domain}: not profiled, but rated by open data. ` +
      "Annotate the page to see the ratings.";
  } else {
    $("outlet-line").textContent = `${found.domain || "This page"}: not in the registry - ` +
      "this is not a verdict of neutrality.";
  }
}

// ---------------------------------------------------------------- annotating

function renderSummary(lead) {
  const c = lead.counts;
  const total = c.outlet + c.quoted + c.paraphrase;
  const rows = [["Outlet", lead.outlet], ["Genre", lead.genre],
    ["Flags", `${total} - outlet ${c.outlet}, quoted ${c.quoted}, paraphrase ${c.paraphrase}` +
      (lead.hidden ? ` (+${lead.hidden} more out of the default view)` : "")]];
  for (const w of lead.warnings) rows.push(["Warning", w]);
  const dl = $("summary").querySelector("dl");
  dl.replaceChildren(...rows.flatMap(([k, v]) => [el("dt", k), el("dd", v)]));
  $("summary").hidden = false;
}

function renderUnanchored(flags, indexes) {
  const list = $("unanchored").querySelector("ol");
  list.replaceChildren(...indexes.map((i) => {
    const f = flags[i];
    const item = el("li");
    item.append(el("mark", f.text, { class: `v-${f.voice}` }),
      ` - ${words(f.category)}${f.speaker ? ` (${f.voice}: ${f.speaker})` : ""}: ${f.why}`);
    return item;
  }));
  $("unanchored").hidden = indexes.length === 0;
}

async function inPage(tabId, func, args = []) {
  const [result] = await chrome.scripting.executeScript({ target: { tabId }, func, args });
  return result.result;
}

async function annotateTab() {
  const button = $("annotate");
  button.disabled = true;
  showError("");
  const t0 = performance.now();
  try {
    const tab = await targetTab();
    $("status").textContent = "Reading the page...";
    let page;
    try {
      await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ["content.js"] });
      page = await inPage(tab.id, () => {
        window.__annotator.clear(); // the page's own HTML, without our earlier highlights
        const doctype = document.doctype ? "<!doctype html>" : "";
        return { url: location.href, html: doctype + document.documentElement.outerHTML };
      });
    } catch (e) {
      throw new ApiError("This page cannot be annotated: the browser keeps extensions off its " +
        "own pages and the extension store.");
    }
    $("status").textContent = "Annotating...";
    const report = await annotate(page.url, page.html);
    const t1 = performance.now();
    // Only what anchoring and the tooltip need crosses into the page.
    const flags = report.flags.filter((f) => f.shown !== false).map((f) => ({
      text: f.text, selector: f.selector, voice: f.voice, speaker: f.speaker,
      category: f.category, technique: f.technique, severity: f.severity, why: f.why,
      neutral: f.neutral, other_side: f.other_side }));
    const placed = await inPage(tab.id, (fl) => window.__annotator.highlight(fl), [flags]);
    if (!placed) {
      throw new ApiError("The page changed while it was being annotated (it navigated or " +
        "reloaded): try again once it has finished loading.");
    }
    const t2 = performance.now();
    if (report.summary) renderSummary(report.summary);
    if (report.outlet.outlet) {
      // The summary above already has the one-line outlet: the profile leads with the name.
      renderProfile(report.outlet.outlet, report.outlet.outlet.name,
        report.outlet.domain_ratings);
    } else if (report.summary) {
      $("outlet-line").textContent = report.summary.outlet;
    }
    renderUnanchored(flags, placed.unanchored);
    const status = $("status");
    status.textContent = `${placed.anchored.length} of ${flags.length} flags highlighted.`;
    Object.assign(status.dataset, { flags: flags.length, anchored: placed.anchored.length,
      serverMs: (t1 - t0).toFixed(1), totalMs: (t2 - t0).toFixed(1), done: "1" });
  } catch (e) {
    $("status").textContent = "";
    $("status").dataset.done = "error";
    showError(e instanceof ApiError ? e.message : `Something went wrong: ${e.message}`);
  } finally {
    button.disabled = false;
  }
}

$("annotate").addEventListener("click", annotateTab);

async function refresh() {
  showError("");
  try {
    await showOutlet(await targetTab());
  } catch (e) {
    $("outlet-line").textContent = "";
    showError(e instanceof ApiError ? e.message : `Something went wrong: ${e.message}`);
  }
}

// Follow the reader: a new tab or a new page in the side panel's window.
if (!params.has("tab")) {
  chrome.tabs.onActivated.addListener(refresh);
  chrome.tabs.onUpdated.addListener((id, change, tab) => {
    if (tab.active && change.status === "complete") refresh();
  });
}
refresh();
