// 先行支付核对 end to end: the scenarios answered on screen, and a printout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { lastNoticeAndNext } from './policy.mjs';
import { serve, launch, newPage, openApp, pdfPageCount, printedSummary, printoutDepths } from './harness.mjs';
import { answerByClicking, answerToResult, toCheckPage } from './flow.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SCENARIOS = [
  {
    name: 'no 工伤认定 yet: deadlines shown',
    answers: [['decision', 'no'], ['injury_date', '2025-05-20'], ['third_party', 'no']],
    expect: [/请先申请工伤认定/, /期限：2025年6月19日（自受伤或确诊之日起30日内）/, /期限：2026年5月20日（自受伤或确诊之日起1年内）/, /工伤认定申请表/],
  },
  {
    name: 'insured employer and no third party: no advance needed',
    answers: [['decision', 'yes'], ['injury_date', '2025-05-20'], ['third_party', 'no'], ['site', 'no'], ['insured', 'yes']],
    expect: [/不需要先行支付/, /停工留薪期/],
  },
  {
    name: 'uninsured employer refusing to pay',
    answers: [['decision', 'yes'], ['injury_date', '2025-05-20'], ['third_party', 'no'], ['site', 'no'], ['insured', 'arrears'], ['back_paid', 'no'], ['trigger', ['refuses']], ['applicant', 'worker'], ['condition', 'treating'], ['applied_on', '2025-06-03']],
    expect: [/可以申请工伤保险基金先行支付应由基金支付的工伤保险待遇/, /最迟 2025年6月6日/, /期限：2025年6月13日/, /一次性伤残补助金/, /向单位书面催要费用/],
  },
  {
    name: "employer's licence revoked",
    answers: [['decision', 'yes'], ['injury_date', '2025-05-20'], ['third_party', 'no'], ['site', 'no'], ['insured', 'never'], ['back_paid', 'no'], ['trigger', ['revoked']], ['applicant', 'relative'], ['condition', 'died'], ['death_date', '2025-05-22'], ['applied_on', '2025-09-26']],
    expect: [/很可能可以申请先行支付/, /吊销营业执照/, /期限：2025年10月14日/, /死亡证明/, /亲属关系证明/],
  },
  {
    name: 'third-party hit-and-run with an insured employer: medical costs only',
    answers: [['decision', 'yes'], ['injury_date', '2025-05-20'], ['third_party', 'yes'], ['tp_paid', 'unknown'], ['site', 'no'], ['insured', 'yes'], ['applicant', 'worker'], ['condition', 'treating'], ['applied_on', '2025-06-03']],
    expect: [/可以申请工伤保险基金先行支付工伤医疗费/, /先行支付的范围：工伤医疗费/, /公安机关出具的证明/],
  },
  {
    name: 'third party already paid in full',
    answers: [['decision', 'yes'], ['injury_date', '2025-05-20'], ['third_party', 'yes'], ['tp_paid', 'full'], ['site', 'no'], ['insured', 'yes']],
    expect: [/不需要先行支付/, /同一笔医疗费不会重复支付/, /第八条/],
  },
  {
    name: 'a construction worker on a project enrolled by project: insured, whatever the unit did',
    answers: [['decision', 'yes'], ['injury_date', '2025-05-20'], ['third_party', 'no'], ['site', 'yes'], ['site_enrolled', 'yes']],
    expect: [/不需要先行支付/, /受伤的工程项目已按项目参加工伤保险/, /人社部发〔2014〕103号/],
  },
];

for (const s of SCENARIOS) {
  for (const how of ['clicking', 'keyboard']) {
    test(`${s.name} (${how})`, async () => {
      const page = await newPage(browser);
      await openApp(page, server.origin, '#/advance?date=2025-06-01');
      const result = await answerToResult(page, s.answers, how);
      for (const e of s.expect) assert.match(result, e);
      assert.deepEqual(page.errors, []);
    });
  }
}

test('the outcome prints on A4 with the documents to tick', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/advance?date=2025-06-01&decision=yes&injury_date=2025-05-20&third_party=no&site=no&insured=arrears&back_paid=no&trigger=refuses&applicant=worker&condition=appraised&applied_on=2025-06-03&at=result');
  assert.match(await page.locator('.documents').innerText(), /劳动能力鉴定结论/);
  const summary = await printedSummary(page);
  assert.ok(summary.firstShown, 'page 1 is the summary');
  assert.equal(summary.breakAfter, 'page');
  assert.match(summary.text, /可以申请工伤保险基金先行支付/);
  assert.match(summary.text, /2025年6月13日/);
  assert.match(summary.text, /劳动能力鉴定结论/);
  assert.match(summary.text, /案件编号/);
  assert.equal(summary.qr, page.url(), 'the QR code opens this result');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.locator('.documents').isVisible(), false, 'the documents are on page 1, not again in the appendix');
  const marks = await page.locator('.print-summary .tick-list li').evaluateAll((lis) => lis.map((li) => getComputedStyle(li, '::before').content));
  assert.ok(marks.length > 5 && marks.every((m) => m.includes('☐')), 'every document has a tick box');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdfPageCount(pdf);
  assert.ok(pages >= 1 && pages <= 5, `printout is ${pages} A4 pages`);
});

test('a deadline past the holiday calendar counts the law\'s holidays and says how far it may move', async () => {
  // Applied on 28 December of the last year with a notice: 3 + 5 working days run into the next
  // year, whose notice is not in the data (for 2026: Friday 8 January 2027, past 元旦).
  const { last, next } = lastNoticeAndNext();
  const page = await newPage(browser);
  await openApp(page, server.origin, `#/advance?date=${last}-11-29&decision=yes&third_party=no&insured=arrears&back_paid=no&trigger=refuses&applicant=worker&condition=treating&applied_on=${last}-12-28&at=result`);
  const result = await page.locator('#result').innerText();
  assert.match(result, new RegExp(`尚未收录国务院办公厅关于${next}年部分节假日安排的通知`));
  assert.match(result, new RegExp(`${next}年1月([2-9]|1[0-9])日`));
  assert.match(result, /回测，实际期限可能比这里早至多 \d+ 天/);
});

test('with the employer\'s status unsure, the result tells both cases instead of a schedule', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/advance?date=2025-06-01&decision=yes&third_party=yes&tp_paid=unknown&insured=unsure&applicant=worker&condition=treating&applied_on=2025-06-03&at=result');
  const item = await page.locator('.check-item', { hasText: '向社会保险经办机构提出书面申请' }).innerText();
  assert.match(item, /单位未参保或欠缴工伤保险费的，经办机构应在收到申请后3个工作日内/);
  assert.match(item, /单位已参保并按时缴费的，不经过催告/);
  assert.doesNotMatch(item, /期限：/);
  assert.deepEqual(page.errors, []);
});

test('two years after the data, the deadlines are still counted and the missing notice is said', async () => {
  const year = lastNoticeAndNext().next + 1;
  const page = await newPage(browser);
  await openApp(page, server.origin, `#/advance?date=${year}-06-15&decision=yes&third_party=no&insured=never&back_paid=no&trigger=refuses&applicant=worker&condition=treating&applied_on=${year}-06-15&at=result`);
  const result = await page.locator('#result').innerText();
  assert.match(result, new RegExp(`尚未收录国务院办公厅关于${year}年部分节假日安排的通知`));
  assert.match(result, new RegExp(`期限：${year}年6月`));
  assert.deepEqual(page.errors, []);
});
// A widow applying after her husband's death: the unit never enrolled and refuses to pay.
const WIDOW = '#/advance?date=2025-06-01&decision=yes&third_party=no&insured=never&back_paid=no&trigger=refuses&applicant=relative&condition=died&applied_on=2025-06-03&at=result';

test('page 1 puts each date beside the act it closes: the unit\'s payment, not the application', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, WIDOW);
  const { text } = await printedSummary(page);
  assert.match(text, /向社会保险经办机构提出书面申请\s+单位核实并支付的最后一天（[^\n]*）：2025年6月13日/);
  assert.doesNotMatch(text, /提出书面申请\s+\d{4}年/, 'no date stands right after the application');
  assert.deepEqual(page.errors, []);
});

test('a widow\'s counter printout is at most two A4 pages unless the full working is asked for', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, WIDOW);
  const { brief, full, linkKept } = await printoutDepths(page, '.check-item .item-basis');
  assert.ok(brief.pages <= 2, `the counter printout is ${brief.pages} A4 pages`);
  assert.ok(!brief.working && full.working, 'the citations print when asked for');
  assert.ok(full.pages >= brief.pages);
  assert.ok(linkKept, 'the print choice is not in the link');
  assert.deepEqual(page.errors, []);
});

test('after a decision the injury date is asked once, and the benefits estimate opens at it, insured for an enrolled project', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/advance?date=2025-06-01');
  await page.getByRole('button', { name: '开始' }).click();
  for (const [id, value] of [['decision', 'yes'], ['injury_date', '2025-05-20'], ['third_party', 'no'], ['site', 'yes'], ['site_enrolled', 'yes']]) {
    await answerByClicking(page, id, value);
  }
  await toCheckPage(page, 'clicking');
  await page.getByRole('link', { name: '测算这次工伤的各项待遇、金额和由谁支付' }).click();
  await page.waitForFunction(() => location.hash.startsWith('#/benefits'));
  assert.equal(await page.locator('#f-injury_date').inputValue(), '2025-05-20');
  assert.equal(await page.locator('#f-insured-yes').isChecked(), true);
  assert.deepEqual(page.errors, []);
});
