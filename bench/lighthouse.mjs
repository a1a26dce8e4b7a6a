// Lighthouse's mobile preset (slow 4G, 4× CPU slowdown; npm lighthouse 12.8.2 in tools/,
// driving Debian's Chromium: nothing is downloaded) on a first visit to the release build,
// served compressed as a static host serves it, in English and in Dutch (the browser's
// language set with --lang, as a Dutch visitor's is), and on the framework floor side by
// side (issue #27). Twice: with the preset's simulated throttling (Lighthouse's default:
// it replays an unthrottled load through a model, which cannot see that the pre-rendered
// first screen paints before the wasm arrives), and with the same throttling applied to the
// load itself (`devtools`), where it does. Median of RUNS runs per figure; prints JSON.
// Usage: node bench/lighthouse.mjs DIST_DIR FLOOR_DIST_DIR
import { resolve } from 'node:path';
import lighthouse from '../tools/node_modules/lighthouse/core/index.js';
import * as chromeLauncher from '../tools/node_modules/chrome-launcher/dist/index.js';
import { serve } from '../scripts/static-server.mjs';

const RUNS = 3;
const [dist, floorDist] = process.argv.slice(2).map((p) => resolve(p));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/// Lighthouse's performance figures of `url` in a browser whose language is `lang`.
async function measure(url, lang, throttlingMethod) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    // a fresh browser each run: nothing cached, no service worker, the language as set
    const chrome = await chromeLauncher.launch({
      chromePath: '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', `--lang=${lang}`],
    });
    try {
      const { lhr } = await lighthouse(url, {
        port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], throttlingMethod,
      });
      const value = (id) => lhr.audits[id].numericValue;
      runs.push({
        score: Math.round(lhr.categories.performance.score * 100),
        fcp: value('first-contentful-paint'),
        lcp: value('largest-contentful-paint'),
        cls: value('cumulative-layout-shift'),
        tbt: value('total-blocking-time'),
        si: value('speed-index'),
      });
    } finally {
      await chrome.kill();
    }
  }
  const of = (k) => median(runs.map((r) => r[k]));
  return { score: of('score'), fcpMs: Math.round(of('fcp')), lcpMs: Math.round(of('lcp')), cls: Math.round(of('cls') * 1000) / 1000, tbtMs: Math.round(of('tbt')), speedIndexMs: Math.round(of('si')), runs: RUNS };
}

const app = await serve(dist);
const floor = await serve(floorDist);
const run = async (method) => ({
  en: await measure(app.base + 'index.html', 'en-US', method),
  'nl-NL': await measure(app.base + 'index.html', 'nl-NL', method),
  floor: await measure(floor.base + 'index.html', 'en-US', method),
});
const results = {
  preset: 'mobile (slow 4G, 4× CPU)',
  simulate: await run('simulate'),
  devtools: await run('devtools'),
};
await app.close();
await floor.close();
console.log(JSON.stringify(results, null, 2));
