// The browser's own history on a shared PC, read from a real profile's History database
// after a journey: in 柜台模式 it holds no link with an answer in it; outside it, one
// filled form leaves a row or two, not one per keystroke.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import initSqlJs from 'sql.js';
import { serve, CHROMIUM_ARGS } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await server?.close(); });

/** A browser with a profile on disk, as a counter PC has. */
async function withProfile(journey) {
  const dir = await mkdtemp(join(tmpdir(), 'gongshang-profile-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const page = context.pages()[0] ?? await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await journey(page);
  } finally {
    await context.close();
  }
  const SQL = await initSqlJs();
  const db = new SQL.Database(await readFile(join(dir, 'Default', 'History')));
  const urls = (db.exec('SELECT url FROM urls')[0]?.values ?? []).map(([u]) => u).filter((u) => u.startsWith(server.origin));
  db.close();
  await rm(dir, { recursive: true, force: true });
  assert.deepEqual(errors, []);
  return urls;
}

/** Answers the question on screen by clicking, and waits for the next screen. */
async function answer(page, value) {
  await page.waitForSelector('form.question');
  const heading = await page.locator('main h1').innerText();
  if (await page.locator('input[type=radio][name=q-answer]').count()) await page.locator(`#q-answer-${value}`).check();
  else await page.locator('#q-answer').fill(value);
  await page.getByRole('button', { name: '继续' }).click();
  await page.waitForFunction((h) => document.querySelector('main h1')?.innerText !== h, heading);
}

const ANSWER_KEYS = /[?&](role|kind|injury_date|situation|death_date|excluded|employment|insured|unit_applied|outcome|wage|spouse)=/;

test('in counter mode the address bar and the browser history never hold an answer; Back still steps through the screens', async () => {
  let link;
  const urls = await withProfile(async (page) => {
    await page.goto(`${server.origin}/#/privacy`);
    await page.locator('#counter-mode').click();
    assert.equal(await page.locator('#counter-mode').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('#counter-badge').innerText(), '柜台模式');
    // The next morning: the PC remembers the mode.
    await page.reload();
    await page.locator('#counter-badge').waitFor();
    assert.equal(new URL(page.url()).hash, '#/privacy');
    await page.locator('nav').getByRole('link', { name: '工伤认定指引' }).click();
    await page.getByRole('button', { name: '开始' }).click();
    for (const value of ['relative', 'death', '2026-11-28', 'sudden_death', '2026-11-29', 'none', 'contract', 'never', 'no']) {
      assert.equal(new URL(page.url()).hash, '#/injury', 'the address bar holds the page only');
      await answer(page, value);
    }
    await page.getByRole('button', { name: '确认并查看结果' }).click();
    await page.locator('#result').waitFor();
    assert.equal(new URL(page.url()).hash, '#/injury');
    // The link is given on request, complete.
    link = await page.locator('#result-link').inputValue();
    assert.match(link, /situation=sudden_death/);
    // Back and Forward still step through the screens, answers kept in memory.
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('main h1')?.innerText === '核对您的回答');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('form.question'));
    assert.equal(await page.locator('#q-answer-no').isChecked(), true);
    await page.goForward();
    await page.goForward();
    await page.locator('#result').waitFor();
    // A calculator typed key by key.
    await page.locator('nav').getByRole('link', { name: '工伤待遇测算' }).click();
    await page.locator('#f-injury_date').pressSequentially('2025-03-10', { delay: 20 });
    await page.locator('#f-outcome-death').check();
    await page.locator('#f-wage').pressSequentially('8000', { delay: 20 });
    await page.locator('#benefits-totals').waitFor();
    await page.waitForTimeout(1500);
    assert.equal(new URL(page.url()).hash, '#/benefits');
    // 清除本机数据 keeps counter mode and says the history holds no answers.
    await page.locator('#clear-local').click();
    await page.locator('main .cleared').waitFor();
    assert.match(await page.locator('main .cleared').innerText(), /历史记录里没有刚才办事人的回答/);
    assert.equal(await page.locator('#counter-badge').count(), 1);
  });
  assert.ok(urls.length > 0, 'the profile recorded the visits');
  assert.deepEqual(urls.filter((u) => ANSWER_KEYS.test(u)), [], 'history rows with answers');
  // The link given on request opens the same result in an ordinary window.
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#\/injury\?/);
});

test('outside counter mode, typing a form leaves a row or two in the history, and 清除本机数据 says how to clear it', async () => {
  const urls = await withProfile(async (page) => {
    await page.goto(`${server.origin}/#/benefits?date=2026-11-29`);
    await page.locator('#f-injury_date').pressSequentially('2025-03-10', { delay: 20 });
    await page.locator('#f-outcome-death').check();
    await page.locator('#f-wage').pressSequentially('8000', { delay: 20 });
    await page.locator('#benefits-totals').waitFor();
    // The address bar follows once typing pauses.
    await page.waitForFunction(() => /wage=8000/.test(location.hash));
    await page.locator('#clear-local').click();
    await page.locator('main .cleared').waitFor();
    assert.match(await page.locator('main .cleared').innerText(), /Ctrl\+Shift\+Delete/);
  });
  // Besides the link the page opened with: one row where the person left the date field
  // for the next, one when typing paused at the end.
  const rows = urls.filter((u) => ANSWER_KEYS.test(u));
  assert.ok(rows.length <= 2, `${rows.length} history rows with answers for one form:\n${rows.join('\n')}`);
});
