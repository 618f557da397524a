// Benchmark (not a test): bundle sizes and time from navigation to a rendered result.
// Run with scripts/bench. Prints a Markdown table.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { serve, launch, newPage } from '../tests/e2e/harness.mjs';

const DIST = new URL('../dist/', import.meta.url).pathname;
const BUDGET_GZ = 300 * 1024;
const RUNS = Number(process.env.RUNS ?? 7);
const RESULT_LINK = '#/premium?date=2025-06-01&mode=payroll&rate=0.45&payroll=1200%E4%B8%87&period=year';

const kb = (n) => (n / 1024).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function sizes() {
  const rows = [];
  for (const name of await readdir(DIST)) {
    const kind = name.endsWith('.wasm') ? 'wasm' : name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : name.endsWith('.html') ? 'html' : null;
    if (!kind) continue;
    const body = await readFile(DIST + name);
    rows.push({ kind, name, raw: body.length, gz: gzipSync(body, { level: 9 }).length });
  }
  return rows.sort((a, b) => a.kind.localeCompare(b.kind));
}

async function timeToResult(browser, origin) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await newPage(browser);
    await page.goto(`${origin}/${RESULT_LINK}`);
    await page.waitForSelector('#amount-total');
    times.push(await page.evaluate(() => performance.now()));
    await page.context().close();
  }
  return times;
}

const rows = await sizes();
const total = rows.reduce((s, r) => ({ raw: s.raw + r.raw, gz: s.gz + r.gz }), { raw: 0, gz: 0 });
console.log('| file | raw KB | gzip KB |\n|---|---:|---:|');
for (const r of rows) console.log(`| ${r.kind} (${r.name}) | ${kb(r.raw)} | ${kb(r.gz)} |`);
console.log(`| **total** | ${kb(total.raw)} | ${kb(total.gz)} |`);
console.log(`\nbudget: ${kb(BUDGET_GZ)} KB gzipped — ${total.gz <= BUDGET_GZ ? 'within' : 'OVER'}`);

const server = await serve();
const browser = await launch();
try {
  const t = await timeToResult(browser, server.origin);
  console.log(`\nnavigation → rendered result (${RUNS} cold loads, local server): median ${median(t).toFixed(0)} ms, min ${Math.min(...t).toFixed(0)} ms, max ${Math.max(...t).toFixed(0)} ms`);
} finally {
  await browser.close();
  await server.close();
}
