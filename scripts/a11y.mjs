// The accessibility and narrow-screen check `make test` runs (issue #16): every route of
// both consoles, in en, nl-NL and sv-SE, at 1280 and 360 px (and in dark mode), on the
// release build in headless Chromium: axe-core's WCAG 2.1 A/AA rules find nothing, the
// page never scrolls sideways, and at 360 px the header stays under 120 px. One summary
// line per page; exits 1 on any finding.
// Usage: node scripts/a11y.mjs DIST_DIR
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '../tools/node_modules/playwright-core/index.mjs';
import { serve, launch, openApp } from './static-server.mjs';

const dist = resolve(process.argv[2] || 'dist');
const axeSource = readFileSync(new URL('../tools/node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const PARTNER = JSON.stringify({ Partner: 'p1' });
const SALES = JSON.stringify({ Partner: 'p2' });
const CUSTOMER = JSON.stringify({ Customer: 'u6' }); // Wendy Moss, Woodgrove's Owner

// [persona, route, what to do on the page before checking it]
const pages = [
  [PARTNER, '#/start'],
  // the lesson texts are fetched from beside the page: the list appears once they arrive
  [PARTNER, '#/lessons', "li[data-lesson='13'] h2"],
  [PARTNER, '#/lessons/make', 'button.primary'],
  [PARTNER, '#/customers'],
  [PARTNER, '#/customers/cust-004/subscriptions'],
  [PARTNER, '#/customers/cust-004/account'],
  [PARTNER, '#/customers/cust-004/orders'],
  [PARTNER, '#/customers/cust-004/reservations'],
  [PARTNER, '#/customers/cust-004/reservations/res-00001'],
  [PARTNER, '#/customers/cust-004/reservations/res-00001', '[role=toolbar] button.command >> nth=0'],
  [PARTNER, '#/customers/cust-004/reservations/res-00001', '[role=toolbar] button.command >> nth=1'],
  [PARTNER, '#/customers/cust-004/reservations/res-00001', '[role=toolbar] button.command >> nth=4'],
  [PARTNER, '#/customers/cust-004/savings-plans'],
  [SALES, '#/customers/cust-001/account', 'button.try-anyway'],
  [PARTNER, '#/pricing'],
  [PARTNER, '#/activity'],
  [PARTNER, '#/settings'],
  [PARTNER, '#/api-console'],
  [PARTNER, '#/scenario'],
  [PARTNER, '#/who-may/cust-004'],
  [PARTNER, '#/who-may/cust-004/res-00001'],
  [PARTNER, '#/rules/R2'],
  [PARTNER, '#/portal/iam/sub-0003'],
  [PARTNER, '#/not-found'],
  [CUSTOMER, '#/portal/reservations'],
  [CUSTOMER, '#/portal/reservations/res-00002'],
  [CUSTOMER, '#/portal/reservations/res-00002', '[role=toolbar] button.command >> nth=0'],
  [CUSTOMER, '#/portal/purchase'],
  [CUSTOMER, '#/portal/purchase', 'form button[type=submit]'],
  [CUSTOMER, '#/portal/savings-plans'],
  [CUSTOMER, '#/portal/savings-plans/sp-00001'],
  [CUSTOMER, '#/portal/savings-plans/purchase'],
  [CUSTOMER, '#/who-may/cust-004'],
  [CUSTOMER, '#/scenario'],
  [CUSTOMER, '#/api-console'],
  [CUSTOMER, '#/lessons', "li[data-lesson='1'] h2"],
];
// a lesson open beside the console, its prediction answered
const lessonPage = [PARTNER, '#/customers/cust-001/account', null, { 'csp-sim/active-lesson': '2' }];

const server = await serve(dist);
const browser = await launch(chromium);
let failed = 0;
let checked = 0;

async function check(page, label) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return {
      violations: r.violations.map((v) => ({
        id: v.id,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' — ' + n.failureSummary.split('\n').slice(1, 2).join('')),
        count: v.nodes.length,
      })),
      scrollWidth: document.documentElement.scrollWidth,
      width: window.innerWidth,
      header: document.querySelector('.topbar')?.getBoundingClientRect().height ?? 0,
    };
  });
  const sideways = result.scrollWidth > result.width;
  // on a phone the header leaves the page most of the screen (its controls fold away)
  const tallHeader = result.width <= 400 && result.header > 120;
  const ok = result.violations.length === 0 && !sideways && !tallHeader;
  checked++;
  if (!ok) failed++;
  const summary = result.violations.map((v) => `${v.id}×${v.count}`).join(', ');
  console.log(`a11y: ${ok ? 'ok  ' : 'FAIL'} ${label}: ${result.violations.length} violations${summary ? ` (${summary})` : ''}; width ${result.scrollWidth}/${result.width}; header ${Math.round(result.header)} px${tallHeader ? ' (too tall)' : ''}`);
  for (const v of result.violations) for (const n of v.nodes) console.log(`        ${v.id}: ${n}`);
}

for (const [locale, widths, scheme] of [
  ['en', [1280, 360], 'light'], ['nl-NL', [1280, 360], 'light'], ['sv-SE', [1280, 360], 'light'],
  ['en', [1280, 360], 'dark'],
]) {
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
    // one page per persona, going from route to route as a person following links would
    const open = {};
    for (const [persona, hash, act, extra] of [...pages, lessonPage]) {
      const label = `${locale} ${width}px ${scheme} ${persona.includes('Partner') ? 'partner' : 'customer'} ${hash}${act ? ` + ${act}` : ''}${extra ? ' + lesson' : ''}`;
      try {
        let page;
        if (extra) {
          page = await openApp(context, server.base, hash, { 'csp-sim/persona': persona, ...extra }, locale);
        } else {
          open[persona] ??= await openApp(context, server.base, '#/not-found', { 'csp-sim/persona': persona }, locale);
          page = open[persona];
          await page.evaluate((h) => { location.hash = h; }, hash);
          await page.waitForFunction((h) => location.hash === h, hash);
          await page.waitForTimeout(80);
        }
        page.setDefaultTimeout(5000);
        if (act) {
          await page.click(act);
          await page.waitForTimeout(50);
        }
        if (extra) {
          await page.check('#question-0-0');
          await page.click('[data-testid=prediction] button[type=submit]');
        }
        await check(page, label);
      } catch (e) {
        checked++;
        failed++;
        console.log(`a11y: FAIL ${label}: could not be checked: ${e.message.split('\n')[0]}`);
      }
    }
    await context.close();
  }
}

await browser.close();
await server.close();
console.log(`a11y: ${checked} pages checked, ${failed} with findings`);
process.exit(failed ? 1 : 0);
