// 工伤认定指引 end to end: the cases answered on screen by mouse and by keyboard,
// a phone journey, the printout's page 1 and the application form, and the links to and
// from the other tools.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, openApp, pdfPageCount, printedSummary } from './harness.mjs';
import { answerByClicking, answerToResult } from './flow.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const WORKPLACE = [['role', 'unit'], ['kind', 'accident'], ['injury_date', '2026-12-02'], ['situation', 'work'], ['excluded', 'none'],
  ['employment', 'contract'], ['insured', 'yes'], ['unit_applied', 'no']];

const SCENARIOS = [
  {
    name: "a cook burned at work: the unit's date rolls past 元旦",
    answers: WORKPLACE,
    expect: [/可能认定为工伤/, /期限：2027年1月4日（自事故伤害发生或确诊职业病之日起30日内）/, /期限：2027年12月2日/, /停工留薪期/, /劳动能力鉴定/, /到哪里咨询、办理[\s\S]*12333/],
  },
  {
    name: 'a commute accident, not mainly his fault',
    answers: [['role', 'worker'], ['kind', 'accident'], ['injury_date', '2026-11-20'], ['situation', 'commute'], ['commute_trip', 'home'],
      ['commute_fault', 'not_main'], ['excluded', 'none'], ['employment', 'no_contract'], ['insured', 'yes'], ['unit_applied', 'no']],
    expect: [/可能认定为工伤/, /道路交通事故认定书/, /没有书面劳动合同/, /期限：2026年12月21日/],
  },
  {
    name: 'a sudden death at the post, the widow asking',
    answers: [['role', 'relative'], ['kind', 'death'], ['injury_date', '2026-11-28'], ['situation', 'sudden_death'], ['death_date', '2026-11-29'], ['excluded', 'none'],
      ['employment', 'contract'], ['insured', 'never'], ['unit_applied', 'unsure']],
    expect: [/可能视同工伤/, /死亡证明/, /与职工关系的证明/, /待遇由单位支付/, /先问清单位是否已经申请/],
  },
  {
    name: 'drunk at the time',
    answers: [['role', 'worker'], ['kind', 'accident'], ['injury_date', '2026-11-02'], ['situation', 'work'], ['excluded', 'drunk_drugs']],
    expect: [/醉酒或者吸毒的，不得认定为工伤/, /仍可以在期限内申请/],
  },
];

for (const s of SCENARIOS) {
  for (const how of ['clicking', 'keyboard']) {
    test(`${s.name} (${how})`, async () => {
      const page = await newPage(browser);
      await openApp(page, server.origin, '#/injury?date=2026-12-03');
      const result = await answerToResult(page, s.answers, how);
      for (const e of s.expect) assert.match(result, e);
      assert.deepEqual(page.errors, []);
    });
  }
}

test('on a phone, from the home page to the result by tapping: each question above the fold', async () => {
  const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await openApp(page, server.origin, '#/?date=2026-12-03');
  await page.getByRole('link', { name: '工伤认定指引' }).first().click();
  await page.getByRole('button', { name: '开始' }).click();
  for (const [id, value] of WORKPLACE) {
    await page.waitForSelector('form.question');
    const fits = await page.evaluate(() => {
      const h = document.querySelector('main h1').getBoundingClientRect();
      const go = document.querySelector('form.question button[type=submit]').getBoundingClientRect();
      return window.scrollY === 0 && h.top >= 0 && h.bottom <= go.top && go.bottom <= window.innerHeight;
    });
    assert.ok(fits, `${id}: the question and 继续 are not both on the first screen`);
    await answerByClicking(page, id, value);
  }
  await page.getByRole('button', { name: '确认并查看结果' }).click();
  await page.locator('#result').waitFor();
  assert.match(await page.locator('.verdict').innerText(), /可能认定为工伤/);
  // The form's boxes stack on a phone instead of running off the side.
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
  assert.deepEqual(page.errors, []);
});

const SUDDEN = '#/injury?date=2026-12-03&role=relative&kind=death&injury_date=2026-11-28&situation=sudden_death&death_date=2026-11-29&excluded=none&employment=contract&insured=never&unit_applied=unsure&at=result';

test('the printout: page 1 with the verdict, dates, documents and a QR code; then the application form, with nothing personal', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, SUDDEN);
  const summary = await printedSummary(page);
  assert.ok(summary.firstShown, 'page 1 is the summary');
  assert.equal(summary.breakAfter, 'page');
  assert.match(summary.text, /可能视同工伤/);
  assert.match(summary.text, /2026年12月28日/);
  assert.match(summary.text, /工伤认定申请表/);
  assert.match(summary.text, /死亡证明/);
  assert.equal(summary.qr, page.url(), 'the QR code opens this result');
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.sheet');
  assert.equal(await sheet.isVisible(), true);
  assert.equal(await sheet.evaluate((e) => getComputedStyle(e).breakBefore), 'page', 'the form starts a page');
  const rows = await sheet.locator('tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.innerText.trim())));
  const box = (label) => {
    for (const cells of rows) {
      const i = cells.indexOf(label);
      if (i >= 0) return cells[i + 1];
    }
    throw new Error(`no box ${label}`);
  };
  // What the answers say is printed; the person's details are blank lines.
  assert.match(box('事故时间、地点及主要原因'), /2026年11月28日；在工作时间和工作岗位突发疾病死亡/);
  assert.match(box('申请人与受伤害职工关系'), /近亲属/);
  assert.match(box('申请事项'), /视同工伤/);
  assert.match(box('备注（参保情况，供参考）'), /没有为职工参加工伤保险/);
  assert.match(box('受伤害经过简述（可附页）'), /抢救经过/);
  // A blank box holds only the hidden word that tells a screen reader to write by hand.
  for (const personal of ['职工姓名', '身份证号码', '家庭地址', '联系电话', '工作单位']) assert.match(box(personal), /^(（手写）)?$/, personal);
  assert.match(await sheet.innerText(), /请以经办机构提供的表格为准/);
  // Nothing on the page or in the link was ever typed as a name or number: no text field but the dates.
  const link = decodeURIComponent(page.url());
  assert.doesNotMatch(link, /name|id_no|phone|address/);
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(page.errors, []);
});

test('the result links to the benefits estimate and to 先行支付, prefilled', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, SUDDEN);
  await page.getByRole('link', { name: '测算这次工伤的各项待遇、金额和由谁支付' }).click();
  await page.waitForFunction(() => location.hash.startsWith('#/benefits'));
  assert.equal(await page.locator('#f-injury_date').inputValue(), '2026-11-29', 'a death is counted from the day of death');
  assert.equal(await page.locator('#f-outcome-death').isChecked(), true);
  assert.equal(await page.locator('#f-insured-no').isChecked(), true);
  await page.goBack();
  await page.locator('#result').waitFor();
  await page.getByRole('link', { name: '单位不支付工伤待遇时，看看工伤保险基金能否先行支付' }).click();
  await page.waitForFunction(() => location.hash.startsWith('#/advance'));
  assert.match(page.url(), /insured=never/);
  await page.locator('main h1').waitFor();
  assert.match(await page.locator('main h1').innerText(), /工伤认定决定书/);
  assert.deepEqual(page.errors, []);
});

test('先行支付 without a decision, and the enrollment result, send the user here', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/advance?date=2025-06-01&decision=no&injury_date=2025-05-20&third_party=no&at=result');
  await page.locator('main a', { hasText: '还没有工伤认定？' }).click();
  await page.waitForFunction(() => location.hash.startsWith('#/injury'));
  assert.match(page.url(), /injury_date=2025-05-20/);
  await page.waitForSelector('form.question');
  await openApp(page, server.origin, '#/enroll?date=2025-06-01&unit=enterprise&registered=no&founded=2025-05-20&sector=none&people=regular&all_enrolled=no&hired=2025-05-06&at=result');
  await page.locator('main a', { hasText: '还没有工伤认定？' }).click();
  await page.waitForFunction(() => location.hash.startsWith('#/injury'));
  assert.match(page.url(), /role=unit/);
  assert.deepEqual(page.errors, []);
});

test('a result link with only the main keys opens the result and says what it read as 不确定', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/injury?date=2026-12-03&v=1&role=worker&kind=accident&injury_date=2026-11-20&situation=commute&commute_fault=not_main&excluded=none&unit_applied=no&insured=yes&at=result');
  await page.locator('#result').waitFor();
  const main = await page.locator('main').innerText();
  assert.match(main, /链接中没有回答“当时是在往返于哪里的路上？”/);
  assert.match(await page.locator('.verdict').innerText(), /取决于是否在合理时间、合理路线/);
  await page.waitForFunction(() => /commute_trip=unsure/.test(location.hash));
  assert.deepEqual(page.errors, []);
});

test('the result prints on at most two A4 pages, and the application form on pages of its own after it', async () => {
  // Counted as: the PDF with the form hidden is the result's printout (at most two pages);
  // the PDF with the form adds the form's own pages, which start a fresh page.
  const page = await newPage(browser);
  await openApp(page, server.origin, SUDDEN);
  await page.emulateMedia({ media: 'print' });
  const whole = pdfPageCount(await page.pdf({ format: 'A4' }));
  await page.locator('.sheet').evaluate((e) => { e.style.display = 'none'; });
  const result = pdfPageCount(await page.pdf({ format: 'A4' }));
  assert.ok(result <= 2, `the result is ${result} A4 pages`);
  assert.ok(whole > result, `the form prints too (${whole} pages in all)`);
  assert.deepEqual(page.errors, []);
});
