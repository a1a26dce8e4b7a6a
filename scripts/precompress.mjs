// Writes Brotli (quality 11) and gzip (level 9) copies beside every file a static host
// serves compressed: wasm, js, css, html, the lesson and UI texts (.ftl) and json. A host
// that serves precompressed files (nginx gzip_static/brotli_static, Caddy precompressed)
// sends these as they are, with Content-Encoding; README, "Hosting". Node's own zlib
// writes both: nothing is downloaded. Prints what it wrote, and the totals.
// Usage: node scripts/precompress.mjs DIST_DIR
import { readdirSync, readFileSync, writeFileSync, statSync, unlinkSync } from 'node:fs';
import { join, extname, resolve, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const COMPRESSED = new Set(['.wasm', '.js', '.mjs', '.css', '.html', '.ftl', '.json', '.svg', '.txt']);

/// Every file under `dir`, recursively.
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export function precompress(dir) {
  const root = resolve(dir);
  const written = [];
  for (const path of files(root)) {
    // copies of an earlier run are written again from their source
    if (path.endsWith('.br') || path.endsWith('.gz')) {
      const source = path.slice(0, -3);
      try {
        statSync(source);
      } catch {
        unlinkSync(path);
      }
      continue;
    }
    if (!COMPRESSED.has(extname(path))) continue;
    const body = readFileSync(path);
    const br = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        [constants.BROTLI_PARAM_MODE]: extname(path) === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      },
    });
    const gz = gzipSync(body, { level: 9 });
    writeFileSync(path + '.br', br);
    writeFileSync(path + '.gz', gz);
    written.push({ file: relative(root, path), raw: body.length, br: br.length, gzip: gz.length });
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const written = precompress(dir);
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  const sum = (k) => written.reduce((s, f) => s + f[k], 0);
  console.log(`precompressed ${written.length} files in ${dir}: raw ${kb(sum('raw'))}, Brotli ${kb(sum('br'))}, gzip ${kb(sum('gzip'))}`);
}
