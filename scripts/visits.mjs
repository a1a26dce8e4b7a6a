// The first and second visits `make test` checks (issue #27), on the release build in
// headless Chromium, served as a static host serves it. Before the wasm arrives, a first
// visit shows the pre-rendered first screen of its language, reading exactly as the app
// then renders it (a start page change that is not pre-rendered fails here), with plain
// links; a returning visitor resuming another page sees none. A first visit downloads only the
// language in use: a Dutch browser gets Dutch from locales/nl-NL.ftl, fetched beside the
// wasm; English fetches no language file; a language file that cannot be had leaves the
// page in English, saying so, until "Try again" gets it. After a first visit the service
// worker has the whole page, so with the network off the app opens, shows the saved work,
// acts, and opens the lessons. Then a new build is published: the page says "A new
// version is ready", keeps Reload off while an action is not saved, reloads only when
// asked (the action is still there), and leaves another open tab as it was, working.
// Usage: node scripts/visits.mjs DIST_DIR
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '../tools/node_modules/playwright-core/index.mjs';
import { serve, launch } from './static-server.mjs';

const dist = resolve(process.argv[2] || 'dist');
// a copy: publishing "a new build" below changes its worker
const site = mkdtempSync(join(tmpdir(), 'csp-offline-'));
cpSync(dist, site, { recursive: true });
const server = await serve(site);
const browser = await launch(chromium);
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};
const interactive = (page) =>
  page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0, null, { timeout: 30000 });
const permission = (page) => page.textContent('[data-testid=permission-state]');

/// A first visit in a browser set to `language`: the page, and the files it requested.
async function firstVisit(language) {
  const context = await browser.newContext({ locale: language, serviceWorkers: 'block' });
  const page = await context.newPage();
  server.transferred.length = 0;
  await page.goto(server.base + 'index.html');
  await interactive(page);
  const files = server.transferred.map((f) => f.path.slice(site.length + 1));
  return { context, page, files };
}

/// The first screen a browser set to `language` paints before the app runs (the wasm
/// never arrives), and the start page the app then renders: the visible text of each.
async function firstScreens(language) {
  const context = await browser.newContext({ locale: language, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(server.base + 'index.html');
  const shown = await page.evaluate(() => [...document.querySelectorAll('[data-first-screen]')]
    .filter((e) => getComputedStyle(e).display !== 'none')
    .map((e) => ({ lang: e.getAttribute('lang'), text: e.querySelector('.start-page').innerText, nav: e.querySelector('nav')?.innerText })));
  const links = await page.evaluate(() => [...document.querySelectorAll('[data-first-screen] .ways-in a')].map((a) => a.getAttribute('href')));
  await context.close();
  const app = await browser.newContext({ locale: language, serviceWorkers: 'block' });
  const live = await app.newPage();
  await live.goto(server.base + 'index.html');
  await interactive(live);
  const rendered = {
    text: await live.evaluate(() => document.querySelector('.start-page').innerText),
    nav: await live.evaluate(() => document.querySelector('nav.sidenav')?.innerText),
    screens: await live.evaluate(() => document.querySelectorAll('[data-first-screen]').length),
  };
  await app.close();
  return { shown, links, rendered };
}

try {
  for (const language of ['en', 'nl-NL', 'sv-SE']) {
    const { shown, links, rendered } = await firstScreens(language);
    check(shown.length === 1 && shown[0].lang === language,
      `${language}: before the app runs, the first screen in ${language} shows, and only it (${shown.map((s) => s.lang).join(', ')})`);
    check(shown[0]?.text === rendered.text && shown[0]?.nav === rendered.nav,
      `${language}: the pre-rendered start page and navigation read as the app renders them`);
    check(links.every((href) => href.startsWith('#/')), `${language}: its ways in are plain links (${links.join(' ')})`);
    check(rendered.screens === 0, `${language}: the app removed the pre-rendered screens`);
  }
  {
    // a returning visitor resuming another page sees no start page before the app
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(server.base + 'index.html#/not-found');
    await interactive(page);
    await page.evaluate(() => localStorage.setItem('csp-sim/visited', '1'));
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(server.base + 'index.html#/customers/cust-002/account');
    await page.reload();
    const visible = await page.evaluate(() => [...document.querySelectorAll('[data-first-screen]')]
      .filter((e) => getComputedStyle(e).display !== 'none').length);
    check(visible === 0, 'a returning visitor resuming another page sees no start page flash');
    await context.close();
  }
  {
    const { context, page, files } = await firstVisit('nl-NL');
    check((await page.textContent('label[for=locale]')) === 'Taal', 'a Dutch first visit is in Dutch');
    check(files.includes('locales/nl-NL.ftl') && !files.some((f) => /locales\/(en|sv-SE)\.ftl/.test(f)),
      `a Dutch first visit fetches Dutch only (${files.filter((f) => f.includes('locales/')).join(', ')})`);
    // fetched beside the wasm, not after it: first.js requests it from the head, before
    // the app's code runs (an order, not a timing)
    const [ftlStart, appMain] = await page.evaluate(() => {
      const ftl = performance.getEntriesByType('resource').find((e) => e.name.includes('locales/nl-NL.ftl'));
      return [ftl?.startTime ?? Infinity, performance.getEntriesByName('app-main')[0]?.startTime ?? -Infinity];
    });
    check(ftlStart < appMain, 'the Dutch texts are requested from the head, before the app starts');
    await context.close();
  }
  {
    const { context, files } = await firstVisit('en-GB');
    check(!files.some((f) => f.startsWith('locales/')), 'an English first visit fetches no language file');
    await context.close();
  }
  {
    // the Swedish file cannot be had: English, saying so; then it can, and Try again works
    const sv = join(site, 'locales', 'sv-SE.ftl');
    for (const ext of ['', '.br', '.gz']) renameSync(sv + ext, sv + ext + '.away');
    const { context, page } = await firstVisit('sv-SE');
    check((await page.textContent('label[for=locale]')) === 'Language', 'without its file a Swedish visit is in English');
    const failed = (await page.textContent('[data-testid=locale-failed]')) ?? '';
    check(failed.includes('Swedish'), `and says the Swedish texts could not be loaded (${failed})`);
    for (const ext of ['', '.br', '.gz']) renameSync(sv + ext + '.away', sv + ext);
    await page.click('[data-testid=locale-failed] button');
    await page.waitForFunction(() => document.querySelector('label[for=locale]')?.textContent === 'Språk', null, { timeout: 5000 }).catch(() => {});
    check((await page.textContent('label[for=locale]')) === 'Språk', 'Try again brings Swedish');
    check(!(await page.isVisible('[data-testid=locale-failed]')), 'and the notice goes');
    await context.close();
  }

  const context = await browser.newContext();
  const page = await context.newPage();
  // a first visit: a returning learner's language and landing page, and the worker installs
  await page.goto(server.base + 'index.html#/not-found');
  await interactive(page);
  await page.evaluate(() => {
    localStorage.setItem('csp-sim/locale', 'en');
    localStorage.setItem('csp-sim/visited', '1');
  });
  const active = await page.evaluate(async () => {
    // ready: a worker is active, perhaps still activating
    const worker = (await navigator.serviceWorker.ready).active;
    if (worker.state === 'activating') {
      await new Promise((r) => worker.addEventListener('statechange', () => worker.state !== 'activating' && r()));
    }
    return worker.state;
  });
  check(active === 'activated', `the service worker is active after the first visit (${active})`);
  await page.goto(server.base + 'index.html#/customers/cust-002/account');
  await page.reload();
  await interactive(page);
  await page.click('#allow-purchase');
  check((await permission(page)) === 'On', "online: Northwind's purchase permission turned on");

  // the network off: the page comes from the device
  await context.setOffline(true);
  await page.reload();
  await interactive(page);
  check(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'offline: the page is served by the service worker');
  check((await permission(page)) === 'On', 'offline: the saved work is there');
  await page.click('#allow-purchase');
  check((await permission(page)) === 'Off', 'offline: the switch acts');
  await page.goto(server.base + 'index.html#/lessons');
  await page.waitForSelector("li[data-lesson='13'] h2", { timeout: 10000 }).catch(() => {});
  check((await page.locator("li[data-lesson='13'] h2").count()) === 1, 'offline: the lessons open (their texts are cached)');
  await context.setOffline(false);

  // a second tab, open while the new build arrives
  const other = await context.newPage();
  await other.goto(server.base + 'index.html#/customers/cust-001/account');
  await interactive(other);
  await other.evaluate(() => { window.stillTheSamePage = true; });

  // a new build is published: its worker differs
  const sw = join(site, 'sw.js');
  writeFileSync(sw, readFileSync(sw, 'utf8') + '\n// a new build\n');
  for (const ext of ['.br', '.gz']) rmSync(sw + ext, { force: true });
  await page.goto(server.base + 'index.html#/customers/cust-002/account');
  await interactive(page);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForSelector('[data-testid=update-ready]', { timeout: 15000 }).catch(() => {});
  check(await page.isVisible('[data-testid=update-ready]'), 'a new build: "A new version is ready" shows');

  // an action storage does not take: Reload waits until it is saved
  await page.evaluate(() => {
    window.realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.click('#allow-purchase');
  check((await permission(page)) === 'On', 'the switch acts while storage is full');
  await page.waitForSelector('[data-testid=unsaved-count]', { timeout: 5000 }).catch(() => {});
  const reload = page.locator('[data-testid=update-ready] button');
  check(await reload.isDisabled(), 'Reload is off while an action is not saved');
  await page.evaluate(() => { Storage.prototype.setItem = window.realSetItem; });
  await page.click('text=Retry saving');
  await page.waitForFunction(() => !document.querySelector('[data-testid=unsaved-count]'), null, { timeout: 5000 }).catch(() => {});
  check(await reload.isEnabled(), 'Reload is on once the action is saved');

  // Reload: this tab only, into the new build, with the work
  await Promise.all([page.waitForEvent('load', { timeout: 15000 }), reload.click()]);
  await interactive(page);
  check(!(await page.isVisible('[data-testid=update-ready]')), 'after Reload the new build runs (no notice)');
  check((await permission(page)) === 'On', 'after Reload the action is still there');
  check(await other.evaluate(() => window.stillTheSamePage === true), 'the other tab was not reloaded');
  await other.click('#allow-purchase');
  check((await other.textContent('[data-testid=permission-state]')) === 'On', 'the other tab still acts');
  await context.close();
} catch (e) {
  failures.push(String(e));
  console.log(`FAIL ${e}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(site, { recursive: true, force: true });
}
if (failures.length) {
  console.log(`visits check: ${failures.length} failed`);
  process.exit(1);
}
console.log('visits check: all passed');
