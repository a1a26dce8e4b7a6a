// Generates the service worker of a release build (issue #27): Workbox's generateSW
// precaches every file of the page (the hashed wasm, js and css, index.html, boot.js and
// the lesson texts), so a second visit starts from the device, online or not. The worker
// waits when a new build arrives: the page says "A new version is ready" and reloads only
// when the person asks (never by itself, never with unsaved work; another open tab keeps
// working). Run after trunk, before the precompressed copies are written. `make serve`'s
// development server has no worker: boot.js registers one only when index.html names it.
// Usage: node scripts/service-worker.mjs DIST_DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { generateSW } = require('../tools/node_modules/workbox-build');

export async function serviceWorker(dir) {
  const root = resolve(dir);
  // boot.js registers the worker only where index.html names it (never under `trunk
  // serve`); named first, as the worker precaches index.html as it will be served
  const index = join(root, 'index.html');
  const html = readFileSync(index, 'utf8');
  if (!html.includes('data-sw=')) {
    const marked = html.replace(/<script type="module" src="([^"]*)boot\.js"/, '<script type="module" src="$1boot.js" data-sw="sw.js"');
    if (marked === html) throw new Error('index.html has no boot.js script to name the service worker on');
    writeFileSync(index, marked);
  }
  const { count, size, warnings } = await generateSW({
    globDirectory: root,
    globPatterns: ['**/*.{html,js,wasm,css,ftl}'],
    // the compressed copies are the host's business, not the cache's; the worker itself
    // is fetched by the browser
    globIgnores: ['**/*.br', '**/*.gz', 'sw.js', 'workbox-*.js'],
    swDest: join(root, 'sw.js'),
    // one file, nothing fetched from elsewhere (the CSP allows scripts from 'self' only)
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    // a new build waits until the page asks it to take over (the "Reload" button)
    skipWaiting: false,
    clientsClaim: false,
    // hashed file names: a changed file has a new name; index.html, boot.js and the lesson
    // texts are checked by their revision
    dontCacheBustURLsMatching: /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // the app's pages are hash routes of index.html
    navigateFallback: 'index.html',
  });
  for (const w of warnings) console.warn(`service worker: ${w}`);
  return { count, size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const { count, size } = await serviceWorker(dir);
  console.log(`service worker: ${count} files precached (${(size / 1000).toFixed(1)} KB) in ${dir}/sw.js`);
}
