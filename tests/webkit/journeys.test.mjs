// The WebDriver legs' journeys, run by scripts/test after the Chromium journeys: in WebKit
// (Safari's engine, as WebKitGTK, through scripts/webkit) and, through tests/firefox, in
// Firefox ESR (scripts/firefox); JOURNEY_ENGINE says which (webkit unless set). One clicked
// journey through each tool, a malformed link, print to PDF and offline use after a first
// visit; the flows are answered with the same helper as in Chromium (tests/e2e/flow.mjs)
// over a WebDriver adapter.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../e2e/harness.mjs';
import { answerByClicking } from '../e2e/flow.mjs';
import { openEngine } from './page.mjs';

const ENGINE = process.env.JOURNEY_ENGINE ?? 'webkit';

let server, page;
before(async () => { server = await serve(); page = await openEngine(ENGINE); });
after(async () => { await page?.close(); await server?.close(); });

async function open(hash) {
  await page.goto(`${server.origin}/${hash}`);
  await page.waitForSelector('main h1');
}

const text = (selector) => page.locator(selector).innerText();

/**
 * A journey, run once more in a new browser session if the browser itself went away during
 * it. WebKitGTK's web process crashes now and then under load (a find answers "Could not parse
 * element info", then the driver deletes the session "because of page crash"), and every later
 * journey would fail with it. A failure while the browser still answers is never run again,
 * and a second loss fails the journey; the retry is written into the test output.
 */
function journey(name, fn) {
  test(name, async (t) => {
    try {
      await fn(t);
    } catch (error) {
      if (await page.alive()) throw error;
      t.diagnostic(`the ${ENGINE} session was lost (${String(error.message).split('\n')[0]}); the journey ran again in a new session`);
      await page.close().catch(() => {});
      page = await openEngine(ENGINE);
      server ??= await serve();
      await fn(t);
    }
  });
}

journey('enrollment check: a sole trader with no employees, clicked to the result', async () => {
  await open('#/enroll?date=2025-06-01');
  await page.getByRole('button', { name: '开始' }).click();
  await answerByClicking(page, 'unit', 'sole');
  await answerByClicking(page, 'employees', 'no');
  assert.equal(await text('main h1'), '核对您的回答');
  await page.getByRole('button', { name: '确认并查看结果' }).click();
  await page.waitForSelector('.verdict');
  assert.match(await text('.verdict'), /不需要|无需/);
});

journey('先行支付: an uninsured employer refusing to pay, clicked to the result', async () => {
  await open('#/advance?date=2025-06-01');
  await page.getByRole('button', { name: '开始' }).click();
  for (const [id, value] of [['decision', 'yes'], ['injury_date', '2025-05-20'], ['third_party', 'no'], ['site', 'no'], ['insured', 'arrears'], ['back_paid', 'no'], ['trigger', ['refuses']], ['applicant', 'worker'], ['condition', 'treating'], ['applied_on', '2025-06-03']]) {
    await answerByClicking(page, id, value);
  }
  await page.getByRole('button', { name: '确认并查看结果' }).click();
  await page.waitForSelector('.verdict');
  assert.match(await text('.verdict'), /可以申请工伤保险基金先行支付/);
  assert.match(await text('#result'), /2025年6月13日/);
});

journey('工伤认定指引: a workplace accident clicked to the result, with the application form', async () => {
  await open('#/injury?date=2026-12-03');
  await page.getByRole('button', { name: '开始' }).click();
  for (const [id, value] of [['role', 'unit'], ['kind', 'accident'], ['injury_date', '2026-12-02'], ['situation', 'work'], ['excluded', 'none'], ['employment', 'contract'], ['insured', 'yes'], ['unit_applied', 'no']]) {
    await answerByClicking(page, id, value);
  }
  await page.getByRole('button', { name: '确认并查看结果' }).click();
  await page.waitForSelector('.verdict');
  assert.match(await text('.verdict'), /可能认定为工伤/);
  assert.match(await text('#result'), /2027年1月4日/);
  assert.match(await text('.sheet'), /工伤认定申请表/);
});

journey('premium: a pasted wage list keeps only the amounts, and the link only the figures', async () => {
  await open('#/premium?date=2025-06-01&mode=employees&rate=0.5');
  // What a paste does: the text arrives in the box with an input event.
  await page.evaluate((sheet) => {
    const box = document.getElementById('f-wages');
    box.value = sheet;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, '张三\t3000\n李四\t110101199001011234\t8,000\n王五\t13812345678\t30000\n');
  await page.waitForSelector('#amount-monthly');
  // 2025: 3,000 → 4,952 floor, 8,000, 30,000 → 24,762 ceiling; 37,714 × 0.5 % = 188.57.
  assert.equal(await text('#amount-monthly'), '188.57 元');
  assert.equal(await page.locator('#f-wages').inputValue(), '3000\n8,000\n30000\n');
  await page.waitForFunction(() => /wages=3000,8000,30000(&|$)/.test(location.hash));
  const link = decodeURIComponent(await page.url());
  for (const personal of ['张三', '李四', '110101199001011234', '13812345678']) assert.ok(!link.includes(personal), personal);
});

journey('benefits: typed from an empty page to the totals by payer', async () => {
  await open('#/benefits?date=2026-11-29');
  await page.locator('#f-injury_date').fill('20250310');
  await page.locator('#f-outcome-disability').check();
  await page.locator('#f-grade-9').check();
  await page.locator('#f-wage').fill('6000');
  await page.locator('#f-avg_wage').fill('8000');
  await page.locator('#f-insured-no').check();
  await page.locator('#f-ends-expiry').check();
  await page.locator('#f-nursing-none').check();
  await page.waitForSelector('#benefits-totals');
  const totals = await text('#benefits-totals');
  // No birth month: the worker may be past the retirement age, when no medical grant is paid,
  // so the grants run from 0: fund 54,000 + 0…60,000; not enrolled 54,000 + 0…90,000; 待核实.
  assert.match(totals, /54,000\.00 元 至 114,000\.00 元\s*待核实/);
  assert.match(totals, /54,000\.00 元 至 144,000\.00 元\s*待核实/);
  // Born 1980-01, far from it: 40,000…60,000 and 20,000…30,000.
  await page.locator('#f-birth').fill('198001');
  await page.locator('#f-category-male').check();
  await page.waitForFunction(() => document.querySelector('#benefits-totals').innerText.includes('94,000.00 元 至 114,000.00 元'));
  assert.match(await text('#benefits-totals'), /114,000\.00 元 至 144,000\.00 元/);
});

journey('the browser probe finds everything the build needs', async () => {
  await open('#/');
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-probe')), 'ok');
});

journey('a malformed link opens with notes and does not crash', async () => {
  await open('#/premium?date=2025-06-01&mode=bogus&colour=red&rate=0.45&payroll=1000');
  const notes = await text('.notice');
  assert.match(notes, /colour/);
  assert.match(notes, /“测算方式”的值“bogus”/);
  assert.equal(await page.locator('#recovery, .crash').count(), 0);
});

journey('print to PDF', async (t) => {
  await open('#/benefits?date=2026-11-29&injury_date=2025-03-10&outcome=disability&grade=9&wage=6000&avg_wage=8000&insured=no&ends=expiry&nursing=none');
  await page.waitForSelector('#benefits-totals');
  let pdf;
  try {
    pdf = Buffer.from(await page.driver.printPage(), 'base64');
  } catch (e) {
    // WebKitWebDriver 2.50 answers the WebDriver print command with "unknown command".
    if (e.name !== 'UnknownCommandError') throw e;
    t.skip('WebKitWebDriver does not support printing to PDF (unknown command)');
    return;
  }
  assert.equal(pdf.subarray(0, 4).toString(), '%PDF');
});

journey('offline after a first visit', async (t) => {
  await open('#/');
  const ready = await page.evaluate(() =>
    'serviceWorker' in navigator
      ? Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((ok) => setTimeout(() => ok(false), 10000))])
      : false);
  if (!ready) {
    t.skip(`no service worker in this ${ENGINE} session`);
    return;
  }
  // Wait until the worker controls the page and has cached the build.
  await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await server.close();
  server = null;
  await page.reload();
  await page.waitForSelector('main h1');
  assert.equal(await text('main h1'), '常州工伤保险助手');
});
