// Offline: once opened, the app keeps working without a network; a new
// version is offered with a prompt, never mixed into an open page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch } from './harness.mjs';

let browser, dir, server;
before(async () => {
  browser = await launch();
  // A copy of the site, so a test can publish a "new version" of it.
  dir = await mkdtemp(join(tmpdir(), 'gongshang-site-'));
  await cp(new URL('../../dist/', import.meta.url).pathname, dir, { recursive: true });
  server = await serve(dir);
});
after(async () => { await browser?.close(); await server?.close(); await rm(dir, { recursive: true, force: true }); });

async function controlledPage(context, hash) {
  const page = await context.newPage();
  await page.goto(`${server.origin}/${hash}`);
  await page.locator('main h1').waitFor();
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

test('a counter PC that loses its network keeps working', async () => {
  const context = await browser.newContext();
  const page = await controlledPage(context, '#/');
  await context.setOffline(true);
  await page.goto(`${server.origin}/#/premium?date=2025-06-01&mode=payroll&rate=0.45&payroll=100000`);
  assert.equal(await page.locator('#amount-monthly').innerText(), '450.00 元');
  await page.reload();
  assert.equal(await page.locator('#amount-monthly').innerText(), '450.00 元');
  await page.goto(`${server.origin}/#/advance?date=2025-06-01&decision=yes&third_party=no&insured=yes&at=result`);
  assert.match(await page.locator('#result').innerText(), /不需要先行支付/);
  await context.close();
});

test('a new version is offered with a prompt and loaded only when accepted', async () => {
  const context = await browser.newContext();
  const page = await controlledPage(context, '#/premium?date=2025-06-01&mode=payroll&rate=0.45&payroll=100000');
  const before = await page.evaluate(() => caches.keys());
  // Publish a new version: the service worker changes, as it does with new policy data.
  const swPath = join(dir, 'sw.js');
  const original = await readFile(swPath, 'utf8');
  await writeFile(swPath, original.replace(/const VERSION = '([^']+)'/, "const VERSION = '$1-next'"));
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.locator('#update-reload').waitFor({ timeout: 15000 });
    assert.match(await page.locator('.update-banner').innerText(), /新版本/);
    // The open page goes on unchanged until the user accepts.
    assert.equal(await page.locator('#amount-monthly').innerText(), '450.00 元');
    await Promise.all([page.waitForEvent('load'), page.locator('#update-reload').click()]);
    await page.locator('#amount-monthly').waitFor();
    const after = await page.evaluate(() => caches.keys());
    assert.notDeepEqual(after, before);
    assert.ok(after.every((k) => k.endsWith('-next')), `old caches left: ${after}`);
    assert.equal(await page.locator('.update-banner').count(), 0);
  } finally {
    await writeFile(swPath, original);
    await context.close();
  }
});
