// A static server for dist/ on loopback, as a static host serves it (cacheable files, 404
// for anything else), recording what each request transferred. Used by the benchmark,
// the accessibility check and the screenshots.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.json': 'application/json', '.ftl': 'text/plain; charset=utf-8',
};

/// Serves `dir`; resolves to { base, transferred, close }.
export async function serve(dir) {
  const root = resolve(dir);
  const transferred = [];
  const server = createServer((req, res) => {
    const path = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\/$/, '/index.html'));
    try {
      if (!path.startsWith(root) || !statSync(path).isFile()) throw new Error('not found');
      const body = readFileSync(path);
      transferred.push({ path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
      res.writeHead(200, { 'content-type': types[extname(path)] || 'application/octet-stream', 'cache-control': 'max-age=3600' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${server.address().port}/`,
    transferred,
    close: () => new Promise((r) => server.close(r)),
  };
}

/// Debian's Chromium, headless, through playwright-core (nothing is downloaded).
export async function launch(chromium, extra = []) {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', ...extra],
  });
}

/// A page at `hash` with localStorage holding `entries` (a returning visitor in `locale`
/// unless `entries` says otherwise), the app interactive.
export async function openApp(context, base, hash, entries = {}, locale = 'en') {
  const page = await context.newPage();
  await page.goto(base + 'index.html#/not-found');
  await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);
  await page.evaluate(([entries, locale]) => {
    localStorage.clear();
    localStorage.setItem('csp-sim/locale', locale);
    localStorage.setItem('csp-sim/visited', '1');
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, [entries, locale]);
  await page.goto(base + 'index.html' + hash);
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);
  return page;
}
