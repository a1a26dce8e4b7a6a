// Starts the app. A file rather than trunk's inline snippet, so the CSP can forbid inline script.
const tag = document.querySelector("script[data-app-js]");
const here = new URL(".", tag.src);
const app = await import(new URL(tag.dataset.appJs, here).href);
await app.default({ module_or_path: new URL(tag.dataset.appWasm, here).href });
