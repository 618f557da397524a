// Old engines: the Chromium of Windows 7's last Chrome (109), which runs the app, and an older
// one (92, the kernel of many domestic browsers' 极速模式 a few years back), which cannot:
// there the page must say the browser is too old and name the minimum versions, not send
// counter staff to check the network. The browsers come from npm packages (tests/old/browsers.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, newPage, openApp } from '../e2e/harness.mjs';
import { answerByClicking, toCheckPage } from '../e2e/flow.mjs';
import { launchOld } from './browsers.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await server?.close(); });

test('Chromium 109 (the last Chrome on Windows 7): a premium link and a self-check run to their results', async (t) => {
  const browser = await launchOld(109);
  t.after(() => browser.close());
  assert.match(browser.version(), /^109\./);
  const page = await newPage(browser);

  // A link with a complete case opens at its result.
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=employees&rate=0.5&wages=3000,8000,30000');
  // 2025: 3,000 → 4,952 floor, 8,000, 30,000 → 24,762 ceiling; 37,714 × 0.5 % = 188.57.
  assert.equal(await page.locator('#amount-monthly').innerText(), '188.57 元');
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-probe')), 'ok');

  // 参保义务自查 clicked through, with dates typed and boxes ticked, to the checklist.
  await openApp(page, server.origin, '#/enroll?date=2025-06-01');
  await page.getByRole('button', { name: '开始' }).click();
  for (const [id, value] of [['unit', 'sole'], ['employees', 'yes'], ['registered', 'no'], ['founded', '2025-05-20'], ['sector', ['none']], ['people', ['regular']], ['hired', '2025-05-06']]) {
    await answerByClicking(page, id, value);
  }
  await toCheckPage(page, 'click');
  assert.match(await page.locator('.verdict').innerText(), /应当为职工参加工伤保险/);
  assert.match(await page.locator('#result').innerText(), /2025年6月19日/);
  assert.deepEqual(page.errors, []);
});

test('Chromium 92: the page says the browser is too old and names the minimum versions', async (t) => {
  const browser = await launchOld(92);
  t.after(() => browser.close());
  assert.match(browser.version(), /^92\./);
  const page = await newPage(browser);
  await page.goto(`${server.origin}/#/premium?date=2025-06-01&mode=payroll&rate=0.45&payroll=100000`);
  // Playwright's visibility checks call Element.checkVisibility (Chrome 105), so this test
  // reads the page with plain evaluations.
  await page.waitForFunction(() => document.querySelector('#boot-status[data-cause]'), null, { timeout: 20000 });
  // Let the loader fail (the engine refuses to compile the module): its message must not win.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /_bg\.wasm$/.test(e.name)), null, { timeout: 20000 });
  await page.waitForTimeout(1000);
  const said = await page.evaluate(() => document.getElementById('boot-status').innerText);
  assert.match(said, /浏览器版本过旧（Chrome 92）/);
  assert.match(said, /Chrome 或 Edge 97、Firefox 102、Safari 16 及以上/);
  assert.match(said, /极速模式/);
  assert.doesNotMatch(said, /没有完整下载|检查网络/);
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-probe')), 'WebAssembly reference types');
  assert.equal(await page.evaluate(() => document.querySelector('main h1')), null);
});
