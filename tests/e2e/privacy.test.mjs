// Privacy and security: nothing leaves the app's origin, nothing is stored
// unless asked, 清除本机数据 works, the CSP holds and every asset carries SRI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { serve, launch, openApp } from './harness.mjs';
import { answerByClicking } from './flow.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A context that records every request it (and its service worker) makes, and every CSP violation. */
async function watched() {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  return { context, page, requests };
}

test('using every tool sends no request outside the app and stores nothing', async () => {
  const { context, page, requests } = await watched();
  await openApp(page, server.origin, '#/');
  await page.getByRole('link', { name: '保费测算' }).first().click();
  await page.getByLabel('核定费率').fill('0.45');
  await page.getByLabel('全部职工工资总额').fill('1200万');
  await page.locator('#amount-monthly').waitFor();
  await page.getByLabel('没有核定通知，按行业估算').check();
  await page.getByLabel('查找单位的主要行业（可选）').fill('餐饮');
  await page.getByRole('button', { name: /餐饮业/ }).click();
  await page.goto(`${server.origin}/#/premium?date=2025-06-01&mode=project&price=5000万`);
  await page.locator('#amount-choices').waitFor();

  await page.goto(`${server.origin}/#/enroll?date=2025-06-01`);
  await page.getByRole('button', { name: '开始' }).click();
  for (const [id, v] of [['unit', 'sole'], ['employees', 'no']]) await answerByClicking(page, id, v);
  await page.getByRole('button', { name: '确认并查看结果' }).click();
  await page.locator('#result').waitFor();

  await page.goto(`${server.origin}/#/advance?date=2025-06-01&decision=yes&third_party=no&insured=arrears&back_paid=no&trigger=refuses&applicant=worker&condition=treating&applied_on=2025-06-03&at=result`);
  await page.locator('#result').waitFor();
  await page.goto(`${server.origin}/#/injury?date=2026-12-03&role=relative&kind=death&injury_date=2026-11-28&situation=sudden_death&death_date=2026-11-29&excluded=none&employment=contract&insured=never&unit_applied=unsure&at=result`);
  await page.locator('.sheet').waitFor();
  await page.goto(`${server.origin}/#/benefits?date=2026-11-29`);
  await page.getByLabel('受伤日期（因工死亡的，填死亡日期）').fill('2025-03-10');
  await page.getByLabel('已评定伤残等级').check();
  await page.locator('#f-grade-9').check();
  await page.getByLabel('受伤前的月缴费工资').fill('6000');
  await page.locator('#benefits-totals').waitFor();
  await page.goto(`${server.origin}/#/rules`);
  await page.locator('h1').waitFor();
  await page.goto(`${server.origin}/#/privacy`);
  await page.locator('h1').waitFor();

  const foreign = requests.filter((u) => !u.startsWith(server.origin + '/'));
  assert.deepEqual(foreign, [], 'requests outside the app');
  assert.ok(requests.length > 5);
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  assert.equal(await page.evaluate(() => document.cookie), '');
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('large text is stored only when asked, and 清除本机数据 removes it and the inputs', async () => {
  const { context, page } = await watched();
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=payroll&rate=0.45&payroll=100000');
  await page.locator('#large-text').click();
  assert.equal(await page.locator('#large-text').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'toggling alone stores nothing');
  await page.goto(`${server.origin}/#/privacy`);
  await page.locator('#remember-display').click();
  assert.equal(await page.evaluate(() => localStorage.getItem('gongshang.largeText')), '1');
  // A new page in the same browser starts in large text.
  const again = await context.newPage();
  await again.goto(`${server.origin}/#/`);
  await again.locator('main h1').waitFor();
  assert.equal(await again.evaluate(() => document.documentElement.classList.contains('large-text')), true);
  await again.close();
  // One click clears it all and returns to a clean home page.
  await page.goto(`${server.origin}/#/premium?date=2025-06-01&mode=payroll&rate=0.45&payroll=100000`);
  await page.locator('#clear-local').click();
  await page.waitForFunction(() => location.hash === '#/');
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('large-text')), false);
  assert.match(await page.locator('.cleared').innerText(), /已清除本机数据/);
  assert.equal(await page.locator('main h1').innerText(), '常州工伤保险助手');
  await context.close();
});

test('index.html has a strict CSP, no inline script, and SRI on every script, style and the WebAssembly', async () => {
  const dist = new URL('../../dist/', import.meta.url).pathname;
  const html = await readFile(dist + 'index.html', 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'an inline script');
  for (const tag of html.match(/<(script|link)\b[^>]*>/g)) {
    if (/rel="(icon|manifest)"/.test(tag)) continue;
    assert.match(tag, /integrity="sha384-/, tag);
  }
  const boot = (await readdir(dist)).find((f) => f.startsWith('boot-'));
  // The WebAssembly's hash is checked by the loader before the module runs (or by the browser, where it cannot stream).
  const loader = await readFile(dist + boot, 'utf8');
  assert.match(loader, /const WASM = '\.\/[^']+_bg\.wasm';\s+const INTEGRITY = 'sha384-/);
  assert.match(loader, /fetch\(WASM, \{ integrity: INTEGRITY \}\)/);
});

test('a loading notice shows until the app starts, and then goes', async () => {
  const { context, page } = await watched();
  let release;
  const held = new Promise((ok) => { release = ok; });
  await context.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(`${server.origin}/#/`);
  assert.match(await page.locator('#boot-status').innerText(), /正在打开/);
  release();
  await page.locator('main h1').waitFor();
  assert.equal(await page.locator('.boot-note').count(), 0);
  await context.close();
});

for (const insecure of [false, true]) test(`a tampered WebAssembly file is refused${insecure ? ' where the page cannot hash (no crypto.subtle, as on a plain-http intranet address)' : ''}`, async () => {
  const { context, page } = await watched();
  // Outside a secure context the loader cannot hash the stream and leaves the check to the browser.
  if (insecure) await context.addInitScript(() => Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined }));
  await context.route(/_bg\.wasm$/, async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body[body.length - 1] ^= 0xff;
    await route.fulfill({ response, body });
  });
  const failures = [];
  page.on('console', (m) => m.type() === 'error' && failures.push(m.text()));
  await page.goto(`${server.origin}/#/`);
  await page.waitForTimeout(1500);
  assert.equal(await page.locator('main h1').count(), 0, 'the app must not start from an altered module');
  assert.match(await page.locator('#boot-status').innerText(), /无法打开本工具/);
  assert.ok(failures.some((f) => /integrity|digest/i.test(f)) || page.errors.some((e) => /integrity|digest/i.test(e)), [...failures, ...page.errors].join('\n'));
  await context.close();
});

test('where the page cannot hash the download, the browser checks it and the app starts', async () => {
  const { context, page } = await watched();
  await context.addInitScript(() => Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined }));
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=payroll&rate=0.45&payroll=100000');
  assert.equal(await page.locator('#amount-monthly').innerText(), '450.00 元');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a link from an older version opens, with a note', async () => {
  const { context, page } = await watched();
  await openApp(page, server.origin, '#/premium?date=2025-06-01&v=0&mode=payroll&rate=0.45&payroll=100000');
  assert.match(await page.locator('.notice').innerText(), /另一个版本/);
  assert.equal(await page.locator('#amount-monthly').innerText(), '450.00 元');
  await context.close();
});

/** The link and the screen show nothing of the case: no answer keys, nothing checked or filled, no result. */
async function showsNoAnswer(page, step) {
  await page.waitForFunction(() => !/[?&](decision|third_party|insured|back_paid|trigger|applicant|condition|applied_on|outcome|wage|wages|grade|role|kind|injury_date|situation|excluded|employment|unit_applied)=/.test(location.hash), null, { timeout: 3000 })
    .catch(() => { throw new Error(`${step}: the link still holds answers: ${page.url()}`); });
  await page.locator('main h1').waitFor();
  assert.equal(await page.locator('input:checked').count(), 0, `${step}: an answer is checked`);
  assert.equal(await page.locator('.verdict, .headline, #benefits-totals').count(), 0, `${step}: a result is shown`);
  const filled = await page.locator('input[type=text], textarea').evaluateAll((els) => els.filter((e) => !['as-of', 'result-link'].includes(e.id) && e.value).length);
  assert.equal(filled, 0, `${step}: a field is filled`);
}

for (const large of [false, true]) {
  test(`after 清除本机数据, Back and Forward show no earlier answer; before it, Back works inside a case${large ? ' (large text)' : ''}`, async () => {
    const { context, page } = await watched();
    await openApp(page, server.origin, '#/advance?date=2025-06-01');
    if (large) await page.locator('#large-text').click();
    await page.getByRole('button', { name: '开始' }).click();
    const answers = [['decision', 'yes'], ['injury_date', '2025-05-20'], ['third_party', 'no'], ['site', 'no'], ['insured', 'arrears'], ['back_paid', 'no'], ['trigger', ['refuses']], ['applicant', 'worker'], ['condition', 'treating'], ['applied_on', '2025-06-03']];
    for (const [id, v] of answers) await answerByClicking(page, id, v);
    await page.getByRole('button', { name: '确认并查看结果' }).click();
    await page.locator('#result').waitFor();
    // Inside the case the browser's Back returns to the last question, with its answer.
    await page.goBack();
    await page.waitForFunction(() => /at=check/.test(location.hash));
    await page.goBack();
    await page.waitForFunction(() => /at=applied_on/.test(location.hash));
    assert.equal(await page.locator('#q-answer').inputValue(), '2025-06-03');
    await page.goBack();
    await page.waitForFunction(() => /at=condition/.test(location.hash));
    assert.equal(await page.locator('#q-answer-treating').isChecked(), true);
    await page.goForward();
    await page.goForward();
    await page.goForward();
    await page.locator('#result').waitFor();
    // The next citizen.
    await page.locator('#clear-local').click();
    await page.waitForFunction(() => location.hash === '#/');
    for (let step = 1; step <= answers.length + 3; step++) {
      await page.goBack();
      await showsNoAnswer(page, `Back ×${step}`);
    }
    for (let step = 1; step <= 3; step++) {
      await page.goForward();
      await showsNoAnswer(page, `Forward ×${step}`);
    }
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

const PASTE_INTO = [
  { tool: 'premium', hash: '#/premium?date=2025-06-01&mode=employees&rate=0.5', label: '每名职工的月工资（每行一人）', result: '#amount-monthly' },
  { tool: 'benefits', hash: '#/benefits?date=2026-11-29&injury_date=2025-03-10&outcome=treatment', label: '受伤前的月缴费工资', result: '#benefits-totals' },
];

for (const { tool, hash, label, result } of PASTE_INTO) {
  for (const large of [false, true]) {
    test(`${tool}: names, ID and phone numbers pasted with wages never reach the link, the history or the page${large ? ' (large text)' : ''}`, async () => {
      const { context, page } = await watched();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      await openApp(page, server.origin, hash);
      if (large) await page.locator('#large-text').click();
      const entries = await page.evaluate(() => history.length);
      const sheet = '张三\t8000\n李四\t110101199001011234\t9000\n王五\t13812345678\t10000\n';
      await page.evaluate((text) => navigator.clipboard.writeText(text), sheet);
      const field = page.getByLabel(label);
      await field.click();
      await page.keyboard.press('Control+V');
      await page.locator('#wages-ignored').waitFor();
      // Then a row typed by hand, key by key, with a name in it.
      await page.keyboard.type('赵六 11000');
      await page.locator(result).waitFor();
      assert.equal(await field.inputValue(), '8000\n9000\n10000\n11000');
      assert.match(await page.locator('#wages-ignored').innerText(), /已忽略.*请不要粘贴姓名、身份证号或手机号/);
      // The link follows the page after each render.
      await page.waitForFunction(() => /wages=8000,9000,10000,11000(&|$)/.test(location.hash));
      const link = decodeURIComponent(page.url());
      for (const personal of ['张三', '李四', '王五', '赵六', '110101199001011234', '13812345678']) {
        assert.ok(!link.includes(personal), `${personal} in the link ${link}`);
        assert.ok(!(await page.locator('main').innerText()).includes(personal), `${personal} on the page`);
      }
      assert.equal(await page.evaluate(() => history.length), entries, 'typing adds no history entries');
      assert.deepEqual(page.errors, []);
      await context.close();
    });
  }
}

test('after 清除本机数据, Back does not bring back a benefits estimate', async () => {
  const { context, page } = await watched();
  await openApp(page, server.origin, '#/benefits?date=2026-11-29');
  await page.getByLabel('受伤日期（因工死亡的，填死亡日期）').fill('2025-03-10');
  await page.getByLabel('因工死亡', { exact: true }).check();
  await page.getByLabel('受伤前的月缴费工资').fill('6000');
  await page.locator('#benefits-totals').waitFor();
  await page.locator('#clear-local').click();
  await page.waitForFunction(() => location.hash === '#/');
  await page.goBack();
  await showsNoAnswer(page, 'Back');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('after 清除本机数据, Back does not bring back an injury case or its application form', async () => {
  const { context, page } = await watched();
  await openApp(page, server.origin, '#/injury?date=2026-12-03');
  await page.getByRole('button', { name: '开始' }).click();
  const answers = [['role', 'relative'], ['kind', 'death'], ['injury_date', '2026-11-28'], ['situation', 'sudden_death'], ['death_date', '2026-11-29'], ['excluded', 'none'],
    ['employment', 'contract'], ['insured', 'never'], ['unit_applied', 'no']];
  for (const [id, v] of answers) await answerByClicking(page, id, v);
  await page.getByRole('button', { name: '确认并查看结果' }).click();
  await page.locator('.sheet').waitFor();
  await page.locator('#clear-local').click();
  await page.waitForFunction(() => location.hash === '#/');
  for (let step = 1; step <= answers.length + 3; step++) {
    await page.goBack();
    await showsNoAnswer(page, `Back ×${step}`);
    assert.equal(await page.locator('.sheet').count(), 0, `Back ×${step}: the application form is shown`);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('large text survives a reload of the tab without being stored on the PC', async () => {
  const { context, page } = await watched();
  await openApp(page, server.origin, '#/');
  await page.locator('#large-text').click();
  await page.reload();
  await page.locator('main h1').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('large-text')), true, 'kept by the reload');
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing kept on the PC');
  const other = await context.newPage();
  await other.goto(`${server.origin}/#/`);
  await other.locator('main h1').waitFor();
  assert.equal(await other.evaluate(() => document.documentElement.classList.contains('large-text')), false, 'another tab starts in normal text');
  await context.close();
});
