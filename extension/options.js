import { clearLookups, settings } from "./api.js";

const form = document.getElementById("form");
const server = document.getElementById("server");
const apiKey = document.getElementById("apiKey");
const saved = document.getElementById("saved");

settings().then((s) => { server.value = s.server; apiKey.value = s.apiKey; });

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  await chrome.storage.local.set({ server: server.value.trim(), apiKey: apiKey.value });
  // Cached outlet lookups came from the old server.
  await clearLookups();
  saved.textContent = "Saved.";
});
