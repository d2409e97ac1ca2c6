// The toolbar badge on every page, from the private outlet lookup (api.js), and the side panel
// opening on a click of the toolbar button.
import { clearLookups, lookupStats, lookupUrl } from "./api.js";

export const BADGES = {
  profiled: { text: "i", color: "#0b57d0", title: "annotator: outlet profiled" },
  rated: { text: "~", color: "#b26a00", title: "annotator: rated by open data, no profile" },
  unknown: { text: "?", color: "#6b6b6b", title: "annotator: outlet not in the registry" },
};
// For the browser tests and the benchmark (bench/bench_extension.py).
self.annotator = { lookupStats, lookupUrl, clearLookups };

chrome.runtime.onInstalled.addListener(() => {
  chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
});

async function updateBadge(tabId, url) {
  if (!url || !/^https?:/.test(url)) return;
  let result;
  try {
    result = await lookupUrl(url);
  } catch (e) {
    // No server: a "!" says the lookup failed (the reason is in the button's tooltip).
    await chrome.action.setBadgeText({ tabId, text: "!" });
    await chrome.action.setBadgeBackgroundColor({ tabId, color: "#a50e0e" });
    await chrome.action.setTitle({ tabId, title: `annotator: ${e.message}` });
    return;
  }
  const badge = BADGES[result.state];
  await chrome.action.setBadgeText({ tabId, text: badge.text });
  await chrome.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  const who = result.outlet ? ` (${result.outlet})` : "";
  await chrome.action.setTitle({ tabId, title: badge.title + who });
}

chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
  // Chrome clears a tab's badge when it navigates: set it once loading starts, and again when
  // the page is complete (the lookup is cached, so the second costs no request).
  if ((change.status === "loading" || change.status === "complete") && tab.url) {
    updateBadge(tabId, tab.url).catch(() => {});
  }
});
