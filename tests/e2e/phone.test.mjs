// On a 390×844 phone: the question comes first (heading and 继续 on screen without
// scrolling, in both text sizes), the as-of date is one line, and focus follows the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, openApp } from './harness.mjs';
import { answerByClicking } from './flow.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PHONE = { viewport: { width: 390, height: 844 } };

// Paths that between them reach every question of each flow.
const WALKS = {
  enroll: [
    [['unit', 'institution'], ['civil', 'no'], ['registered', 'no'], ['founded', '2025-05-20'], ['sector', ['construction']],
      ['people', ['regular', 'dispatched', 'intern', 'overage', 'project', 'courier']], ['hired', '2025-05-06'],
      ['dispatch_role', 'host'], ['dispatch_local', 'branch'], ['intern_school', 'yes'], ['overage_birth', '1963-03'],
      ['overage_category', 'male'], ['overage_pension', 'no'], ['overage_flexible', 'no'], ['project_role', 'general'],
      ['project_enrolled', 'no'], ['courier_outlet', 'employer']],
    [['unit', 'sole'], ['employees', 'yes'], ['registered', 'yes'], ['sector', ['none']], ['people', ['regular']], ['all_enrolled', 'yes']],
  ],
  advance: [
    [['decision', 'no'], ['injury_date', '2025-05-20'], ['third_party', 'yes']],
    [['decision', 'yes'], ['injury_date', '2025-05-20'], ['third_party', 'yes'], ['tp_paid', 'unknown'], ['site', 'yes'], ['site_enrolled', 'no'], ['insured', 'never'], ['back_paid', 'no'],
      ['trigger', ['court']], ['court_ruling', 'terminate'], ['applicant', 'relative'], ['condition', 'died'], ['death_date', '2025-05-22'], ['applied_on', '2025-06-03']],
  ],
  injury: [
    [['role', 'unit'], ['kind', 'accident'], ['injury_date', '2025-05-20'], ['situation', 'commute'], ['commute_trip', 'home'],
      ['commute_fault', 'not_main'], ['excluded', 'none'], ['employment', 'contract'], ['insured', 'yes'], ['unit_applied', 'no']],
    [['role', 'relative'], ['kind', 'death'], ['injury_date', '2025-05-10'], ['situation', 'away'], ['away_purpose', 'work'],
      ['death_date', '2025-05-12'], ['excluded', 'none'], ['employment', 'dispatched'], ['insured', 'never'], ['unit_applied', 'no']],
  ],
};
const QUESTIONS = { enroll: 19, advance: 14, injury: 12 };

/** Where the page stands: scrolled or not, the heading and 继续 on screen, heading above 继续. */
function layout(page) {
  return page.evaluate(() => {
    const h = document.querySelector('main h1').getBoundingClientRect();
    const go = [...document.querySelectorAll('form.question button[type=submit]')][0].getBoundingClientRect();
    return { scrolled: window.scrollY, h: [h.top, h.bottom], go: [go.top, go.bottom], vh: window.innerHeight };
  });
}

for (const large of [false, true]) {
  for (const flow of Object.keys(WALKS)) {
    test(`${flow}: every question and its 继续 are on the first screen of a phone${large ? ' in large text' : ''}`, async () => {
      const page = await newPage(browser, PHONE);
      const seen = new Set();
      for (const walk of WALKS[flow]) {
        await openApp(page, server.origin, `#/${flow}?date=2025-06-01`);
        if (large && !(await page.evaluate(() => document.documentElement.classList.contains('large-text')))) await page.locator('#large-text').click();
        await page.getByRole('button', { name: '开始' }).click();
        for (const [id, value] of walk) {
          await page.waitForSelector('form.question');
          const l = await layout(page);
          const where = `${id}: ${JSON.stringify(l)}`;
          assert.equal(l.scrolled, 0, `page scrolled at ${where}`);
          assert.ok(l.h[0] >= 0 && l.h[1] <= l.go[0], `heading not whole above 继续 at ${where}`);
          assert.ok(l.go[0] >= 0 && l.go[1] <= l.vh, `继续 not whole on screen at ${where}`);
          seen.add(id);
          await answerByClicking(page, id, value);
        }
      }
      assert.equal(seen.size, QUESTIONS[flow], [...seen].join(' '));
      assert.deepEqual(page.errors, []);
    });
  }
}

test('after 继续 the next question has focus, and one Tab reaches its first answer', async () => {
  const page = await newPage(browser, PHONE);
  await openApp(page, server.origin, '#/advance?date=2025-06-01');
  await page.getByRole('button', { name: '开始' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'question-title');
  await answerByClicking(page, 'decision', 'yes');
  await page.waitForFunction(() => document.activeElement?.id === 'question-title');
  assert.match(await page.evaluate(() => document.activeElement.innerText), /受伤.*是哪一天/);
  await answerByClicking(page, 'injury_date', '2025-05-20');
  await page.waitForFunction(() => document.activeElement?.id === 'question-title');
  assert.match(await page.evaluate(() => document.activeElement.innerText), /第三人/);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.name), 'q-answer');
});

test('the as-of date is one line that opens the full panel; a bad date opens it and no sentence has a hole', async () => {
  const page = await newPage(browser, PHONE);
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=payroll&rate=0.45&payroll=100000');
  const summary = page.locator('.as-of summary');
  assert.equal(await summary.innerText(), '按 2025年6月1日 的政策计算 · 更改');
  assert.equal(await page.locator('#as-of').isVisible(), false);
  await summary.click();
  assert.equal(await page.locator('#as-of').isVisible(), true);
  await openApp(page, server.origin, '#/benefits?date=2025-13-40&injury_date=2025-03-10&outcome=treatment&wage=5000');
  assert.equal(await page.locator('#as-of').isVisible(), true, 'an unreadable date opens the panel');
  assert.match(await page.locator('#as-of-error').innerText(), /错误/);
  const text = await page.locator('main').innerText() + await page.locator('.as-of').innerText();
  assert.doesNotMatch(text, /按\s+的政策/);
  assert.match(await summary.innerText(), /计算日期有误/);
  assert.deepEqual(page.errors, []);
});

test('on a phone, everyday words find their industry, a vague word offers the code list, and choosing returns focus to the search', async () => {
  const { readFile } = await import('node:fs/promises');
  const pairs = (await readFile(new URL('../industry_words.txt', import.meta.url), 'utf8'))
    .split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split(' '));
  const page = await newPage(browser, PHONE);
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=payroll&payroll=100000&class=');
  const search = page.getByLabel('查找单位的主要行业（可选）');
  const missed = [];
  for (const [word, code] of pairs) {
    await search.fill(word);
    const lines = await page.locator('.match-list .match').allInnerTexts();
    if (!lines.some((l) => new RegExp(`(^|版 )${code}\\b`).test(l))) missed.push(`${word} → ${code}: ${lines.join(' | ')}`);
  }
  assert.deepEqual(missed, []);
  await search.fill('工厂');
  assert.match(await page.locator('.industry-picker').innerText(), /没有找到“工厂”/);
  assert.ok((await page.locator('.all-divisions .match').count()) >= 96, 'every 2011 division is offered');
  await page.locator('.all-divisions .match', { hasText: '餐饮业' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-industry');
  assert.match(await page.locator('.selected-industry').innerText(), /已选择：62 餐饮业/);
  assert.deepEqual(page.errors, []);
});

test('on a phone, the data page has a contents list that moves focus, and a filter that shortens it', async () => {
  const page = await newPage(browser, PHONE);
  await openApp(page, server.origin, '#/rules');
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  const full = await height();
  await page.locator('.contents').getByRole('button', { name: '数据更新记录' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rules-changelog');
  assert.ok(await page.evaluate(() => window.scrollY) > 0, 'the page moved to the section');
  await page.getByLabel('筛选参数').fill('工亡');
  assert.match(await page.locator('[role=status]', { hasText: '个参数' }).innerText(), /^显示 [1-9]\d* \/ \d+ 个参数$/);
  assert.match(await page.locator('.param h3').first().innerText(), /工亡/);
  const filtered = await height();
  assert.ok(filtered < full / 2, `filtered ${filtered} px vs ${full} px`);
  assert.equal(page.url().includes('工亡'), false, 'the filter does not enter the link');
  assert.deepEqual(page.errors, []);
});

test('dates and months are read as people type them on a phone', async () => {
  const page = await newPage(browser, PHONE);
  for (const typed of ['2025年5月20日', '20250520', '2025.5.20', '2025/05/20']) {
    await openApp(page, server.origin, '#/advance?date=2025-06-01&decision=no&at=injury_date');
    assert.equal(await page.locator('#q-answer').getAttribute('inputmode'), 'numeric');
    await answerByClicking(page, 'injury_date', typed);
    assert.match(page.url(), /injury_date=2025-05-20/, typed);
  }
  for (const typed of ['1963年3月', '196303', '1963.3', '1963-3']) {
    await openApp(page, server.origin, '#/enroll?date=2025-06-01&unit=enterprise&registered=yes&sector=none&people=overage&at=overage_birth');
    await answerByClicking(page, 'overage_birth', typed);
    assert.match(page.url(), /overage_birth=1963-03/, typed);
  }
  assert.deepEqual(page.errors, []);
});

test('each start page says how many questions and how long the commonest cases take', async () => {
  const page = await newPage(browser, PHONE);
  await openApp(page, server.origin, '#/enroll?date=2025-06-01');
  // A range first, so a restaurant that needs eleven questions was not promised six.
  assert.match(await page.locator('main').innerText(), /视情况要回答 \d+ 至 \d+ 个问题/);
  const cases = await page.locator('ul.typical li').allInnerTexts();
  assert.equal(cases.length, 3);
  assert.equal(cases[0], '没有雇工的个体工商户：2 个问题，约 1.5 分钟');
  await openApp(page, server.origin, '#/advance?date=2025-06-01');
  assert.equal((await page.locator('ul.typical li').allInnerTexts()).length, 3);
  // The count is honest: the sole trader reaches the check page after exactly two questions.
  await openApp(page, server.origin, '#/enroll?date=2025-06-01');
  await page.getByRole('button', { name: '开始' }).click();
  await answerByClicking(page, 'unit', 'sole');
  await answerByClicking(page, 'employees', 'no');
  assert.equal(await page.locator('main h1').innerText(), '核对您的回答');
});

for (const large of [false, true]) {
  test(`a link with a complete case opens at the result, the inputs folded; typing shows a line that goes to the result${large ? ' (large text)' : ''}`, async () => {
    const page = await newPage(browser, PHONE);
    await openApp(page, server.origin, '#/benefits?date=2026-11-29&injury_date=2025-08-01&outcome=death&wage=5000&avg_wage=8000&spouse=yes&dependants=1&lone=0');
    if (large) await page.locator('#large-text').click();
    await page.locator('#benefits-totals').waitFor();
    const top = await page.evaluate(() => document.getElementById('result').getBoundingClientRect().top);
    assert.ok(top < 844, `the result starts ${top}px down, below the first screen`);
    assert.equal(await page.locator('#inputs').isVisible(), false, 'the inputs are folded');
    await page.locator('#edit-inputs').click();
    assert.equal(await page.locator('#inputs').isVisible(), true);
    await page.getByLabel('受伤前的月缴费工资').fill('6000');
    const line = page.locator('.live-summary');
    assert.equal(await line.isVisible(), true);
    const box = await line.boundingBox();
    assert.ok(box.y + box.height <= 844 + 1, 'the line sits at the foot of the screen');
    await page.locator('#to-result').click();
    await page.waitForFunction(() => Math.abs(document.getElementById('result').getBoundingClientRect().top) < 200);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'result');
    assert.deepEqual(page.errors, []);
  });
}

test('on a phone, one tap on the column question picks the wage column of a pasted sheet', async () => {
  const page = await newPage(browser, { ...PHONE, hasTouch: true, isMobile: true });
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=employees&rate=0.5');
  const wages = page.getByLabel('每名职工的月工资（每行一人）');
  await wages.tap();
  await wages.fill('001\t5000\t6,200\n002\t4800\t5900');
  await page.locator('#f-wage-column').waitFor();
  // The field still has focus; the tap leaves it. Nothing may move under the finger.
  await page.locator('label[for="f-wage-column-2"]').tap();
  await page.waitForFunction(() => /wages=6200,5900(&|$)/.test(location.hash), null, { timeout: 3000 });
  assert.equal(await page.locator('#f-wage-column').count(), 0, 'the question goes once answered');
  assert.deepEqual(page.errors, []);
});

test('on a phone, no section name in the header is cut off: they are a list behind 栏目, in both text sizes', async () => {
  for (const large of [false, true]) {
    const page = await newPage(browser, PHONE);
    await openApp(page, server.origin, '#/premium?date=2025-06-01');
    if (large) await page.locator('#large-text').click();
    // Every header link is either not shown or wholly on screen.
    const cut = () => page.evaluate(() => [...document.querySelectorAll('header a')]
      .filter((a) => a.getClientRects().length > 0)
      .filter((a) => { const r = a.getBoundingClientRect(); return r.left < 0 || r.right > window.innerWidth; })
      .map((a) => a.textContent));
    assert.deepEqual(await cut(), [], `closed${large ? ', large text' : ''}`);
    const toggle = page.getByRole('button', { name: '栏目' });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(await cut(), [], `open${large ? ', large text' : ''}`);
    for (const name of ['参保义务自查', '保费测算', '工伤认定指引', '先行支付核对', '工伤待遇测算', '政策数据与来源']) {
      assert.ok(await page.locator('nav').getByRole('link', { name }).isVisible(), name);
    }
    await page.locator('nav').getByRole('link', { name: '先行支付核对' }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/advance'));
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'choosing a section closes the list');
    assert.equal(await page.locator('nav').getByRole('link', { name: '先行支付核对' }).isVisible(), false);
    assert.deepEqual(page.errors, []);
  }
});
