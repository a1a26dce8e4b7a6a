// A static server for dist/ on loopback, as a static host serves it (cacheable files, 404
// for anything else, the precompressed copies `make release` writes sent with
// Content-Encoding when the request accepts them, as nginx's brotli_static/gzip_static and
// Caddy's precompressed do), recording what each request transferred. Used by the
// benchmark, the accessibility and offline checks and the screenshots.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.json': 'application/json', '.ftl': 'text/plain; charset=utf-8',
};

/// The copy to send for `accepted` (the request's Accept-Encoding): Brotli, gzip, or none.
function encoded(path, accepted) {
  const accepts = (name) => accepted.split(',').some((a) => a.trim().split(';')[0] === name);
  if (accepts('br') && existsSync(path + '.br')) return ['br', path + '.br'];
  if (accepts('gzip') && existsSync(path + '.gz')) return ['gzip', path + '.gz'];
  return [null, path];
}

/// Serves `dir`; resolves to { base, transferred, close }. Each transfer records the file,
/// its size, its gzip size (the precompressed copy's, or compressed here), and what was
/// sent (`sent` bytes with `encoding`).
export async function serve(dir) {
  const root = resolve(dir);
  const transferred = [];
  const server = createServer((req, res) => {
    const path = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\/$/, '/index.html'));
    try {
      if (!path.startsWith(root) || !statSync(path).isFile()) throw new Error('not found');
      const raw = statSync(path).size;
      const [encoding, file] = encoded(path, String(req.headers['accept-encoding'] ?? ''));
      const body = readFileSync(file);
      const gzip = existsSync(path + '.gz') ? statSync(path + '.gz').size : gzipSync(readFileSync(path), { level: 9 }).length;
      const br = existsSync(path + '.br') ? statSync(path + '.br').size : null;
      transferred.push({ path, raw, gzip, br, sent: body.length, encoding });
      const headers = {
        'content-type': types[extname(path)] || 'application/octet-stream',
        'cache-control': 'max-age=3600',
        vary: 'Accept-Encoding',
      };
      if (encoding) headers['content-encoding'] = encoding;
      res.writeHead(200, headers);
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
