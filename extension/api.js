// The one module that talks to the annotator server (see README "The HTTP API").
// Everything else in the extension calls these functions; errors come back as ApiError with
// a line a reporter understands.

export const DEFAULT_SERVER = "http://127.0.0.1:8000";
const PREFIX_DIGITS = 4; // 65,536 buckets: the server learns one bucket, never the domain
const PREFIX_TTL_MS = 3600 * 1000; // the server's Cache-Control max-age

export class ApiError extends Error {}

export async function settings() {
  const s = await chrome.storage.local.get({ server: DEFAULT_SERVER, apiKey: "" });
  return { server: s.server.replace(/\/+$/, ""), apiKey: s.apiKey };
}

async function request(path, init = {}) {
  const { server, apiKey } = await settings();
  const headers = { ...(init.headers || {}) };
  if (apiKey) headers["X-API-Key"] = apiKey;
  let response;
  try {
    response = await fetch(server + path, { ...init, headers, credentials: "omit" });
  } catch (e) {
    throw new ApiError(`Cannot reach the annotator server at ${server}. Is it running? ` +
      "(The address is in the extension's options.)");
  }
  if (response.ok) return response;
  throw new ApiError(await problemLine(response));
}

// RFC 9457 problem+json -> one sentence for a reporter.
async function problemLine(response) {
  let problem = {};
  try { problem = await response.json(); } catch (e) { /* not JSON: use the status */ }
  const detail = problem.detail ? ` (${problem.detail})` : "";
  const slug = (problem.type || "").split("/").pop();
  switch (response.status) {
    case 401: return "The server needs the right API key: set it in the extension's options" +
      detail + ".";
    case 413: return "This page is too large for the server to annotate" + detail + ".";
    case 429: {
      const wait = response.headers.get("Retry-After");
      return `The server is busy: try again in ${wait || "a few"} seconds.`;
    }
    case 503: return "The server is starting or could not load its data" + detail + ".";
    default:
      if (slug === "no-article-text") return "No article text was found on this page.";
      return `The server could not annotate this page: ${problem.title || response.statusText}` +
        detail + ".";
  }
}

export async function annotate(url, html) {
  const r = await request("/v1/annotate", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ url, html }),
  });
  return r.json();
}

export async function outlet(id) {
  const r = await request(`/v1/outlets/${encodeURIComponent(id)}`);
  return r.json();
}

// ---------------------------------------------------------------- outlet lookup, privately

export async function sha256(text) {
  const bytes = new TextEncoder().encode(text);
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

// Every name the host could be registered under: "a.b.example.co.uk" -> itself,
// "b.example.co.uk", "example.co.uk", "co.uk". The server hashes the registrable domain; the
// extension has no public suffix list, so it asks for each candidate's bucket (the extra
// buckets are noise to the server, and cached).
export function hostCandidates(host) {
  const labels = host.toLowerCase().replace(/\.$/, "").split(".");
  const out = [];
  for (let i = 0; i + 2 <= labels.length; i++) out.push(labels.slice(i).join("."));
  return out;
}

const memory = new Map(); // prefix -> {at, body: Promise}; a lookup in flight is shared
export const lookupStats = { lookups: 0, requests: 0, bytes: 0 };

async function fetchBucket(prefix) {
  const key = "prefix:" + prefix;
  const stored = (await chrome.storage.session.get(key))[key];
  if (stored && Date.now() - stored.at < PREFIX_TTL_MS) return stored.body;
  const r = await request(`/v1/outlets/prefix/${prefix}`);
  const text = await r.text();
  lookupStats.requests += 1;
  lookupStats.bytes += text.length;
  const body = JSON.parse(text);
  await chrome.storage.session.set({ [key]: { at: Date.now(), body } });
  return body;
}

function prefixBucket(prefix) {
  const hit = memory.get(prefix);
  if (hit && Date.now() - hit.at < PREFIX_TTL_MS) return hit.body;
  const entry = { at: Date.now(), body: fetchBucket(prefix) };
  entry.body.catch(() => memory.delete(prefix)); // a failed lookup is retried next time
  memory.set(prefix, entry);
  return entry.body;
}

// Forget every cached bucket (the options page after a server change; the benchmark).
export async function clearLookups() {
  memory.clear();
  await chrome.storage.session.clear();
}

function pathMatches(rowPath, path) {
  return !rowPath || path === rowPath || path.startsWith(rowPath.endsWith("/") ? rowPath :
    rowPath + "/");
}

// As the registry decides it (annotator/sources/registry.py _user_publisher): a subdomain that
// is not www/m/amp/mobile, or a path under one of the platform's user paths with a user in it.
const SHARED_PREFIXES = ["www.", "m.", "amp.", "mobile."];
function userPage(row, host, path) {
  const sub = host === row.domain ? "" : host.slice(0, -(row.domain.length + 1));
  if (sub && !SHARED_PREFIXES.some((p) => (sub + ".").startsWith(p))) return true;
  return (row.user_paths || []).some((p) => path.startsWith(p) &&
    path.slice(p.length).split("/")[0] !== "");
}

// {state: "profiled" | "rated" | "unknown", outlet?: id, domain?, role?}
export async function lookupUrl(pageUrl) {
  lookupStats.lookups += 1;
  const url = new URL(pageUrl);
  if (!/^https?:$/.test(url.protocol)) return { state: "unknown" };
  const host = url.hostname;
  const candidates = hostCandidates(host);
  const hashes = await Promise.all(candidates.map(sha256));
  const buckets = await Promise.all(
    [...new Set(hashes.map((h) => h.slice(0, PREFIX_DIGITS)))].map(prefixBucket));
  const mine = new Set(hashes);
  const rows = buckets.flatMap((b) => b.rows).filter((r) => mine.has(r.hash));
  // Most specific first: the longest domain that is the host or a parent of it, then path.
  const fits = rows.filter((r) => (host === r.domain || host.endsWith("." + r.domain)) &&
    pathMatches(r.path, url.pathname));
  fits.sort((a, b) => b.domain.length - a.domain.length ||
    (b.path || "").length - (a.path || "").length);
  const best = fits[0];
  const rated = buckets.flatMap((b) => b.rated || []);
  if (best && best.user_content && userPage(best, host, url.pathname)) {
    // A user's own site on a platform (alice.blogspot.com, medium.com/@alice) inherits neither
    // the platform's profile nor its ratings; only its own host's rating counts.
    const own = host !== best.domain && rated.includes(hashes[0]);
    return { state: own ? "rated" : "unknown", domain: host };
  }
  if (best) return { state: "profiled", outlet: best.outlet, domain: best.domain, role: best.role };
  if (hashes.some((h) => rated.includes(h))) return { state: "rated", domain: host };
  return { state: "unknown", domain: host };
}
