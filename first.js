// Runs in the head, before the first paint (a file: the CSP forbids inline script). Picks
// the language the app will start in (model.rs `load`: the one saved, else the browser's
// first of English, Dutch and Swedish, else English), requests its texts, and shows that
// language's pre-rendered first screen (index.html, `[data-first-screen]`) when the app
// will open the start page: a first visit, or `#/start`. A returning visitor who resumes
// another page sees no start page flash and swap: none is shown.
(() => {
  const root = document.documentElement;
  const known = (tag) => {
    const primary = String(tag).trim().toLowerCase().split(/[-_]/)[0];
    return { en: "en", nl: "nl-NL", sv: "sv-SE" }[primary];
  };
  let saved = null;
  let visited = null;
  try {
    saved = localStorage.getItem("csp-sim/locale");
    visited = localStorage.getItem("csp-sim/visited");
  } catch {
    // storage turned off: the browser's languages decide, and every visit is a first
  }
  let locale = saved !== null ? known(saved) : undefined;
  for (const tag of navigator.languages ?? [navigator.language]) {
    locale = locale ?? known(tag);
  }
  root.dataset.locale = locale ?? "en";
  // Dutch or Swedish: the texts are requested now, beside the wasm (preloaded by the head),
  // so they cost no extra round trip; boot.js hands them to the app (English is inside it)
  if (root.dataset.locale !== "en") {
    const url = new URL(`locales/${root.dataset.locale}.ftl`, document.currentScript.src);
    globalThis.cspLocaleText = fetch(url).then((r) => (r.ok ? r.text() : null)).catch(() => null);
  }
  const hash = location.hash;
  const landing = visited === null && (hash === "" || hash === "#" || hash === "#/");
  if (landing || hash === "#/start") root.dataset.showFirstScreen = root.dataset.locale;
})();
