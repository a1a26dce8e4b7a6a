// Starts the app. A file rather than trunk's inline snippet, so the CSP can forbid inline script.
const tag = document.querySelector("script[data-app-js]");
const here = new URL(".", tag.src);
// A release build names its service worker (scripts/service-worker.mjs); `make serve` has none.
if (tag.dataset.sw && "serviceWorker" in navigator) offerUpdates(new URL(tag.dataset.sw, here));
// Only the language in use is downloaded: English is inside the app; first.js requested
// Dutch or Swedish beside the wasm. The app finds them in `cspLocale`; a failed fetch
// leaves it English, and it says so.
const locale = document.documentElement.dataset.locale ?? "en";
// The pre-rendered first screen is painted before the app takes it over, even where the
// wasm arrives at once (a frame: the wasm keeps downloading meanwhile), and however long
// that first frame takes on a slow phone: taken over unpainted, it would be painted by the
// app only when its work is done. A tab opened in the background paints no frames and does
// not wait; a second is the most any tab waits.
if (document.documentElement.dataset.showFirstScreen && document.visibilityState !== "hidden") {
  await new Promise((painted) => {
    requestAnimationFrame(() => setTimeout(painted, 0));
    setTimeout(painted, 1000);
  });
}
const app = await import(new URL(tag.dataset.appJs, here).href);
globalThis.cspLocale = { tag: locale, text: await (globalThis.cspLocaleText ?? null) };
await app.default({ module_or_path: new URL(tag.dataset.appWasm, here).href });

// A new build waits in the service worker until the person asks for it: the app hears
// "csp-update-ready" (or finds `cspUpdateReady` set, if it started later) and shows "A new
// version is ready: Reload"; its button sends "csp-update-apply", and only then does this
// tab reload, once the new build has taken over. Another open tab is never reloaded.
function offerUpdates(url) {
  let waiting = null;
  let asked = false;
  const ready = (worker) => {
    waiting = worker;
    globalThis.cspUpdateReady = true;
    window.dispatchEvent(new Event("csp-update-ready"));
  };
  navigator.serviceWorker
    .register(url)
    .then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) ready(registration.waiting);
      registration.addEventListener("updatefound", () => {
        const worker = registration.installing;
        worker?.addEventListener("statechange", () => {
          // the first install is no update: nothing was there to replace
          if (worker.state === "installed" && navigator.serviceWorker.controller) ready(worker);
        });
      });
      // a tab left open for a day still hears of a new build
      setInterval(() => registration.update().catch(() => {}), 60 * 60 * 1000);
    })
    // no worker (a private window, storage turned off): the page works as it always did
    .catch(() => {});
  window.addEventListener("csp-update-apply", () => {
    if (!waiting) return;
    asked = true;
    waiting.postMessage({ type: "SKIP_WAITING" });
  });
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (asked) location.reload();
  });
}
