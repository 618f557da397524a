// Shared set-up for end-to-end tests: serve dist/ on 127.0.0.1 and drive Debian's chromium.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const AXE = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** A body compressed as the test server sends it: Brotli at its best quality, or gzip level 9. */
export function compress(body, encoding) {
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
    : gzipSync(body, { level: 9 });
}

const compressed = new Map();

/** The body compressed the way a static host does (Brotli, else gzip, by Accept-Encoding); cached by content. */
function encode(body, accepted) {
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
  if (!encoding) return { body };
  const key = `${encoding}:${createHash('sha256').update(body).digest('hex')}`;
  if (!compressed.has(key)) compressed.set(key, compress(body, encoding));
  return { body: compressed.get(key), encoding };
}

/** A static server for dist/ (or another folder) on a free loopback port, compressing as a real host would. */
export async function serve(root = DIST) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? path + 'index.html' : path);
    try {
      const { body, encoding } = encode(await readFile(file), req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        vary: 'accept-encoding',
        ...(encoding && { 'content-encoding': encoding }),
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A fresh page that fails the test on any uncaught page error. */
export async function newPage(browser, options = {}) {
  // A common laptop screen by default; phone tests pass their own viewport.
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  return page;
}

/** Opens an app route (e.g. `#/premium?...`) and waits until the app has drawn it. */
export async function openApp(page, origin, hash) {
  await page.goto(`${origin}/${hash}`);
  await page.waitForSelector('main h1');
  await afterFirstPaint(page);
}

/** Two frames on: what the app builds after its first frame (src/ui/later.rs) is in the page. */
export function afterFirstPaint(page) {
  return page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    await frame();
    await frame();
  });
}

/** Counts the pages of a PDF the way its page tree does. */
export function pdfPageCount(buffer) {
  return (buffer.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** Runs axe-core in the page and returns its serious and critical violations. */
export async function axeViolations(page) {
  const source = await readFile(AXE, 'utf8');
  // page.evaluate runs through DevTools, outside the page's Content-Security-Policy.
  await page.evaluate(source);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** True when the page scrolls sideways at its current viewport. */
export function overflowsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/**
 * The printout's first page, as paper shows it: print media, the summary visible and
 * first, and what its QR code reads when decoded from a picture of the page.
 */
export async function printedSummary(page) {
  await page.locator('.print-summary').waitFor({ state: 'attached' });
  const { default: jsQR } = await import('jsqr');
  const { PNG } = await import('pngjs');
  await page.emulateMedia({ media: 'print' });
  const summary = page.locator('.print-summary');
  // Nothing shown on paper comes before the summary, apart from what contains it.
  const firstShown = await page.evaluate(() => {
    const summary = document.querySelector('.print-summary');
    if (!summary || summary.offsetParent === null) return false;
    const top = summary.getBoundingClientRect().top;
    return [...document.querySelectorAll('main *')]
      .filter((e) => !e.contains(summary) && !summary.contains(e))
      .filter((e) => e.offsetParent !== null && e.getBoundingClientRect().height > 0)
      .every((e) => e.getBoundingClientRect().top >= top);
  });
  const breakAfter = await summary.evaluate((e) => getComputedStyle(e).breakAfter);
  const text = await summary.innerText();
  let qr = null;
  if (await summary.locator('svg.qr').count()) {
    const png = PNG.sync.read(await summary.locator('svg.qr').screenshot({ scale: 'device' }));
    qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
  }
  await page.emulateMedia({ media: 'screen' });
  return { visible: text.length > 0, firstShown, breakAfter, text, qr };
}

/** Waits for the address bar to follow the form (it is written when typing pauses), then returns it decoded. */
export async function settledLink(page, pattern) {
  await page.waitForFunction((source) => new RegExp(source).test(decodeURIComponent(location.href)), pattern.source, { timeout: 5000 })
    .catch(() => {});
  return decodeURIComponent(page.url());
}

/**
 * The printout's A4 pages, brief (the default) and with 打印完整计算过程 ticked, whether
 * `working` (what the full printout adds) is on paper in each, and whether the choice
 * left the link as it was (a print choice is not an answer).
 */
export async function printoutDepths(page, working) {
  const link = page.url();
  await page.emulateMedia({ media: 'print' });
  const brief = { pages: pdfPageCount(await page.pdf({ format: 'A4' })), working: await page.locator(working).first().isVisible() };
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('打印完整计算过程').check();
  const linkKept = page.url() === link;
  await page.emulateMedia({ media: 'print' });
  const full = { pages: pdfPageCount(await page.pdf({ format: 'A4' })), working: await page.locator(working).first().isVisible() };
  return { brief, full, linkKept };
}
