// The README's screenshots, taken from the release build in headless Chromium: a lesson
// beside Partner Center, its summary, the same at 360 px, the start page, the lesson
// maker and the two consoles. Usage: node scripts/screenshots.mjs DIST_DIR OUT_DIR
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '../tools/node_modules/playwright-core/index.mjs';
import { serve, launch, openApp } from './static-server.mjs';

const [dist, out] = process.argv.slice(2).map((p) => resolve(p));
mkdirSync(out, { recursive: true });
const server = await serve(dist);
const browser = await launch(chromium);
const shot = async (page, name) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, `${name}.png`) });
  console.log(`screenshots: ${name}.png`);
};

async function lessonTwo(context, complete) {
  const page = await openApp(context, server.base, '#/lessons');
  await page.click("li[data-lesson='2'] .actions button");
  await page.waitForSelector('[data-testid=lesson-panel]');
  await page.check('#question-0-1');
  await page.click('[data-testid=prediction] button[type=submit]');
  await page.click('button.try-anyway');
  if (complete) {
    await page.selectOption('#persona', 'p:p1');
    await page.click('#allow-purchase');
    await page.waitForSelector('[data-testid=lesson-summary]');
  }
  return page;
}

const wide = await browser.newContext({ viewport: { width: 1280, height: 860 } });
await shot(await lessonTwo(wide, false), 'lesson');
await shot(await lessonTwo(wide, true), 'lesson-complete');
await shot(await openApp(wide, server.base, '#/start'), 'start');
const maker = await openApp(wide, server.base, '#/lessons/make');
await maker.click('text=Begin from the sandbox');
await shot(maker, 'lesson-maker');
await shot(await openApp(wide, server.base, '#/customers/cust-004/account'), 'partner-center');
const portal = await openApp(wide, server.base, '#/portal/reservations');
await portal.selectOption('#persona', 'c:u6');
await portal.goto(server.base + 'index.html#/portal/reservations/res-00002');
await shot(portal, 'azure-portal');
const narrow = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 2 });
await shot(await lessonTwo(narrow, false), 'lesson-360');

await browser.close();
await server.close();
