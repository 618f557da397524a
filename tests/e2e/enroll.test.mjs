// 参保义务自查 end to end: each scenario answered by clicking and by keyboard alone,
// 修改 from the check-answers page, and the printout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, openApp, pdfPageCount, printedSummary } from './harness.mjs';
import { answerByKeyboard, answerToResult, toCheckPage } from './flow.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SCENARIOS = [
  {
    name: 'sole trader without employees',
    date: '2025-06-01',
    answers: [['unit', 'sole'], ['employees', 'no']],
    verdict: /不需要办理/,
    items: [/没有雇工的个体工商户不需要办理/],
  },
  {
    name: 'sole trader with two employees',
    date: '2025-06-01',
    // Not registered settles that no one is enrolled: 全日制职工是否都已参加工伤保险 is not asked.
    answers: [['unit', 'sole'], ['employees', 'yes'], ['registered', 'no'], ['founded', '2025-05-20'], ['sector', ['none']], ['people', ['regular']], ['hired', '2025-05-06']],
    verdict: /应当为职工参加工伤保险/,
    items: [/办理社会保险登记[\s\S]*2025年6月19日/, /为尚未参保的职工办理参保登记[\s\S]*2025年6月5日/],
  },
  {
    name: 'unit managed under the civil-service law',
    date: '2025-06-01',
    answers: [['unit', 'institution'], ['civil', 'yes'], ['registered', 'yes'], ['sector', ['none']], ['people', ['none']]],
    verdict: /公务员和参公人员不参加工伤保险基金/,
    items: [/第六十五条/],
  },
  {
    name: '62-year-old not drawing a pension, as of 2025-06-01',
    date: '2025-06-01',
    answers: [['unit', 'enterprise'], ['registered', 'yes'], ['sector', ['none']], ['people', ['overage']], ['overage_birth', '1963-03'], ['overage_category', 'male'], ['overage_pension', 'no'], ['overage_flexible', 'no']],
    verdict: /应当为职工参加工伤保险/,
    items: [/可以办理\s*可以为这名人员单项参加工伤保险（自愿）/, /约 62 周岁/],
  },
  {
    name: '62-year-old not drawing a pension, as of 2026-08-01',
    date: '2026-08-01',
    answers: [['unit', 'enterprise'], ['registered', 'yes'], ['sector', ['none']], ['people', ['overage']], ['overage_birth', '1963-03'], ['overage_category', 'male'], ['overage_pension', 'no'], ['overage_flexible', 'no']],
    verdict: /应当为职工参加工伤保险/,
    items: [/必须办理\s*应当为超龄劳动者参加工伤保险/, /人社部令第56号|第十五条/],
  },
  {
    name: 'pensioner who keeps working, as of 2026-11-29 (56号)',
    date: '2026-11-29',
    answers: [['unit', 'enterprise'], ['registered', 'yes'], ['sector', ['none']], ['people', ['overage']], ['overage_birth', '1960-05'], ['overage_category', 'male'], ['overage_pension', 'yes']],
    verdict: /应当为职工参加工伤保险/,
    items: [/必须办理\s*应当为超龄劳动者参加工伤保险/, /第十六条/],
  },
  {
    name: 'worker on flexible delayed retirement, as of 2026-11-29',
    date: '2026-11-29',
    answers: [['unit', 'enterprise'], ['registered', 'yes'], ['sector', ['none']], ['people', ['overage']], ['overage_birth', '1963-03'], ['overage_category', 'male'], ['overage_pension', 'no'], ['overage_flexible', 'yes']],
    verdict: /应当为职工参加工伤保险/,
    items: [/必须办理\s*弹性延迟退休期间：按普通职工参保/, /第二十三条/],
  },
  {
    name: 'host of workers from an agency with no branch in Changzhou',
    date: '2026-11-29',
    answers: [['unit', 'enterprise'], ['registered', 'yes'], ['sector', ['none']], ['people', ['dispatched']], ['dispatch_role', 'host'], ['dispatch_local', 'none']],
    verdict: /应当为职工参加工伤保险/,
    items: [/必须办理\s*由贵单位代派遣单位为派遣人员参保缴费/, /第十九条/],
  },
  {
    name: 'registration deadline on a Saturday',
    date: '2025-12-20',
    answers: [['unit', 'enterprise'], ['registered', 'no'], ['founded', '2025-12-11'], ['sector', ['none']], ['people', ['none']]],
    verdict: /应当为职工参加工伤保险/,
    items: [/2026年1月12日/, /原为 2026年1月10日（星期六）/, /第二百零三条/],
  },
  {
    name: 'technical-school intern',
    date: '2025-06-01',
    answers: [['unit', 'enterprise'], ['registered', 'yes'], ['sector', ['none']], ['people', ['intern']], ['intern_school', 'yes']],
    verdict: /应当为职工参加工伤保险/,
    items: [/可以为实习生单项参加工伤保险/],
  },
  {
    name: 'platform rider',
    date: '2025-08-01',
    answers: [['unit', 'enterprise'], ['registered', 'yes'], ['sector', ['none']], ['people', ['platform']]],
    verdict: /应当为职工参加工伤保险/,
    items: [/无需办理\s*平台接单的骑手、网约车和货车司机：由已纳入试点的平台按单缴费/, /滴滴出行/, /人社部发〔2025〕24号/],
  },
  {
    name: 'construction project',
    date: '2025-06-01',
    answers: [['unit', 'enterprise'], ['registered', 'yes'], ['sector', ['construction']], ['people', ['project']], ['project_role', 'general'], ['project_enrolled', 'no']],
    verdict: /应当为职工参加工伤保险/,
    items: [/开工前按项目参加工伤保险/, /施工许可证/, /动态实名制/],
  },
  {
    name: 'dispatched worker',
    date: '2025-06-01',
    answers: [['unit', 'enterprise'], ['registered', 'yes'], ['sector', ['none']], ['people', ['dispatched']], ['dispatch_role', 'agency']],
    verdict: /应当为职工参加工伤保险/,
    items: [/劳务派遣单位为派出人员参保/, /第三条第一款第（二）项/, /劳务派遣暂行规定》第十条/],
  },
];

for (const how of ['clicking', 'keyboard']) {
  for (const s of SCENARIOS) {
    test(`${s.name} (${how})`, async () => {
      const page = await newPage(browser);
      await openApp(page, server.origin, `#/enroll?date=${s.date}`);
      const result = await answerToResult(page, s.answers, how);
      assert.match(result, s.verdict);
      for (const item of s.items) assert.match(result, item);
      assert.match(page.url(), /at=result/);
      assert.deepEqual(page.errors, []);
      // The result's link reproduces it in a fresh page.
      const again = await newPage(browser);
      await again.goto(page.url());
      assert.equal(await again.locator('#result').innerText(), result);
    });
  }
}

test('修改 on the check-answers page keeps the other answers', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/enroll?date=2025-06-01&unit=enterprise&registered=yes&sector=none&people=dispatched&dispatch_role=agency&at=check');
  assert.equal(await page.locator('h1').innerText(), '核对您的回答');
  await page.locator('#change-registered').click();
  assert.equal(await page.locator('#q-answer-yes').isChecked(), true, 'the current answer is shown');
  await page.getByLabel('否', { exact: true }).check();
  await page.getByRole('button', { name: '继续' }).click();
  // A newly relevant question comes next, then back to the check page.
  await page.getByLabel('单位是哪一天成立的？').fill('2025-05-20');
  await page.getByRole('button', { name: '继续' }).click();
  assert.equal(await page.locator('h1').innerText(), '核对您的回答');
  const summary = await page.locator('.check-list').innerText();
  assert.match(summary, /单位是否已经办理社会保险登记？\s*否/);
  assert.match(summary, /2025年5月20日/);
  assert.match(summary, /劳务派遣人员/);
  assert.match(summary, /劳务派遣单位（派出人员的一方）/);
  // Back link and browser back both work.
  await page.locator('#change-people').click();
  await page.locator('.back-link').click();
  assert.match(await page.locator('h1').innerText(), /单位的业务是否涉及下列行业/);
});

test('不确定 leads to what to ask and what to bring, never a guess', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/enroll?date=2025-06-01&unit=unsure&at=result');
  const result = await page.locator('#result').innerText();
  assert.match(result, /请带上所列材料向社会保险经办机构确认/);
  assert.match(result, /请带上：\s*营业执照/);
});

test('a bad answer in a link is shown with its message and kept', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/enroll?date=2025-06-01&unit=enterprise&registered=yes&sector=none&people=overage&overage_birth=1963-13&colour=red');
  assert.equal(await page.getByLabel('请以其中一位超过或接近法定退休年龄的人员为例：他（她）的出生年月是？').inputValue(), '1963-13');
  assert.match(await page.locator('.error-summary').innerText(), /月份应在 1 至 12 之间/);
  assert.match(await page.locator('.notice').innerText(), /colour/);
  await page.getByRole('button', { name: '继续' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'question-error');
});

test('the outcome prints on A4 with the checklist and tick boxes', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/enroll?date=2025-06-01&unit=sole&employees=yes&registered=no&founded=2025-05-20&sector=none&people=regular&all_enrolled=no&hired=2025-05-06&at=result');
  const summary = await printedSummary(page);
  assert.ok(summary.firstShown && summary.breakAfter === 'page', 'page 1 is the summary');
  assert.match(summary.text, /贵单位应当为职工参加工伤保险/);
  assert.equal(summary.qr, page.url(), 'the QR code opens this result');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.locator('.back-link').isVisible(), false);
  assert.equal(await page.locator('.checklist').isVisible(), true);
  assert.equal(await page.locator('.answers-summary').isVisible(), true);
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdfPageCount(pdf);
  assert.ok(pages >= 1 && pages <= 4, `printout is ${pages} A4 pages`);
});

test('two years after the data, the check still answers and marks what rests on unconfirmed data', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/enroll?date=2028-06-15&unit=enterprise&registered=yes&sector=none&people=platform,overage&overage_birth=1960-05&overage_category=male&overage_pension=yes&at=result');
  const result = await page.locator('#result').innerText();
  assert.match(result, /应当为超龄劳动者参加工伤保险/);
  assert.match(await page.locator('.check-item', { hasText: '已纳入试点的平台' }).innerText(), /待核实/);
  assert.deepEqual(page.errors, []);
});

test('a date typed as digits alone, as a phone number pad types it, is read', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/enroll?date=2025-12-20');
  await page.getByRole('button', { name: '开始' }).click();
  for (const [id, value] of [['unit', 'enterprise'], ['registered', 'no'], ['founded', '20251211'], ['sector', ['none']], ['people', ['none']]]) {
    await answerByKeyboard(page, id, value);
  }
  await toCheckPage(page, 'keyboard');
  assert.match(await page.locator('#result').innerText(), /2026年1月12日/);
  assert.match(page.url(), /founded=2025-12-11/);
});
