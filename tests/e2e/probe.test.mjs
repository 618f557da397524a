// The browser probe (assets/probe.js): a classic ES5 script that runs before the module
// loader. It names a browser too old for the build, keeps the loader's own message for a
// failed download, never blocks a browser that can run the app, and replaces the loading
// notice with what to try when the app has not started after a while, but never once the
// app is up. The old engines themselves are in tests/old.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { parse } from 'acorn';
import { serve, launch, newPage } from './harness.mjs';

const ASSETS = new URL('../../assets/', import.meta.url).pathname;
const DIST = new URL('../../dist/', import.meta.url).pathname;

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the probe is ES5, in the source and in the build', async () => {
  const es5 = (source) => parse(source, { ecmaVersion: 5, sourceType: 'script' });
  // The parser refuses what an old engine cannot run.
  for (const later of ['let a = 1;', 'const a = 1;', 'var f = () => 1;', 'var s = `a`;', 'var o = { a };', 'a?.b;'])
    assert.throws(() => es5(later), SyntaxError, later);
  es5(await readFile(ASSETS + 'probe.js', 'utf8'));
  const built = (await readdir(DIST)).filter((f) => /^probe-[0-9a-f]{16}\.js$/.test(f));
  assert.equal(built.length, 1, `one probe in dist/: ${built}`);
  es5(await readFile(DIST + built[0], 'utf8'));
});

test('the page runs the probe as a classic script before the loader, and the service worker caches it', async () => {
  const html = await readFile(DIST + 'index.html', 'utf8');
  const tag = html.match(/<script src="\.\/(probe-[0-9a-f]{16}\.js)" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>/);
  assert.ok(tag, 'the probe is loaded with its hash');
  assert.ok(html.indexOf(tag[0]) > html.indexOf('id="boot-status"'), 'after the notice it words');
  assert.match(await readFile(DIST + 'sw.js', 'utf8'), new RegExp(`"\\./${tag[1].replace('.', '\\.')}"`));
});

/** A page whose WebAssembly download is held until `release()` (or refused by `fail()`). */
async function heldPage(initScript) {
  const page = await newPage(browser);
  if (initScript) await page.addInitScript(initScript);
  let release, fail;
  const held = new Promise((ok, no) => { release = ok; fail = no; });
  await page.route(/_bg\.wasm$/, async (route) => {
    try { await held; await route.continue(); } catch { await route.abort(); }
  });
  return { page, release, fail };
}

// What a browser without reference types answers (Chrome < 96): the probe's smallest
// module with an externref parameter does not validate.
const NO_REFERENCE_TYPES = () => {
  const validate = WebAssembly.validate;
  WebAssembly.validate = (bytes) => !bytes.includes(0x6f) && validate(bytes);
};

const status = (page) => page.evaluate(() => {
  const s = document.getElementById('boot-status');
  return s && { text: s.innerText, cause: s.getAttribute('data-cause') };
});

test('a browser lacking a WebAssembly feature is named too old, and the failed loader does not overwrite it', async () => {
  const { page, fail } = await heldPage(NO_REFERENCE_TYPES);
  await page.goto(`${server.origin}/#/`);
  let said = await status(page);
  assert.equal(said.cause, 'browser');
  assert.match(said.text, /浏览器版本过旧（Chrome \d+）/);
  assert.match(said.text, /Chrome 或 Edge 97、Firefox 102、Safari 16 及以上/);
  assert.match(said.text, /极速模式/);
  fail();
  await page.waitForEvent('pageerror');
  said = await status(page);
  assert.equal(said.cause, 'browser');
  assert.doesNotMatch(said.text, /没有完整下载/);
  await page.context().close();
});

test('the probe never blocks a browser that can run the app', async () => {
  const { page, release } = await heldPage(NO_REFERENCE_TYPES);
  await page.goto(`${server.origin}/#/`);
  assert.equal((await status(page)).cause, 'browser');
  release();
  await page.locator('main h1').waitFor();
  assert.equal(await status(page), null);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an IE-compatible mode is told to switch to 极速模式', async () => {
  const { page } = await heldPage(() => Object.defineProperty(Document.prototype, 'documentMode', { get: () => 11 }));
  await page.goto(`${server.origin}/#/`);
  const said = await status(page);
  assert.equal(said.cause, 'browser');
  assert.match(said.text, /IE 兼容模式/);
  assert.match(said.text, /切换到“极速模式”/);
  await page.context().close();
});

test('a failed download keeps the loader\'s own message', async () => {
  const { page, fail } = await heldPage();
  await page.goto(`${server.origin}/#/`);
  assert.equal((await status(page)).cause, null);
  fail();
  await page.waitForEvent('pageerror');
  const said = await status(page);
  assert.equal(said.cause, 'download');
  assert.match(said.text, /文件没有完整下载/);
  await page.context().close();
});

test('a notice that waits too long says what to try', async () => {
  const { page } = await heldPage();
  await page.clock.install();
  await page.goto(`${server.origin}/#/`);
  await page.clock.fastForward(20000);
  assert.match((await status(page)).text, /正在打开/);
  await page.clock.fastForward(10000);
  const said = await status(page);
  assert.equal(said.cause, 'timeout');
  assert.match(said.text, /刷新页面/);
  assert.match(said.text, /极速模式/);
  assert.match(said.text, /Chrome 或 Edge 97、Firefox 102、Safari 16 及以上/);
  await page.context().close();
});

test('once the app is up, the timer leaves it alone', async () => {
  const page = await newPage(browser);
  await page.clock.install();
  await page.goto(`${server.origin}/#/premium?date=2025-06-01&mode=payroll&rate=0.45&payroll=100000`);
  await page.locator('#amount-monthly').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-probe')), 'ok');
  await page.clock.fastForward(120000);
  assert.equal(await status(page), null);
  assert.equal(await page.locator('#amount-monthly').innerText(), '450.00 元');
  assert.equal(await page.locator('.warning').filter({ hasText: '还没有打开' }).count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
