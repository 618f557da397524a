// 工伤待遇测算 end to end: deep links, typing from an empty page, bad input, keyboard,
// links in from the other tools, the printout, a death after the data, a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { lastPeriodValue, yuan } from './policy.mjs';
import { serve, launch, newPage, openApp, overflowsSideways, pdfPageCount, printedSummary, printoutDepths, settledLink } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const text = (page, sel) => page.locator(sel).innerText();
// Born 1980-01: far from the retirement age, so the Jiangsu grants are not cut.
const GRADE_9 = '#/benefits?date=2026-11-29&v=1&injury_date=2025-03-10&outcome=disability&grade=9&wage=6000&avg_wage=8000&insured=no&ends=expiry&birth=1980-01&category=male&nursing=none';

/** The cells of a table row whose header is `name`. */
async function row(page, table, name) {
  return page.locator(`${table} tr`, { has: page.locator('th', { hasText: name }) }).first().locator('td').allInnerTexts();
}

test('a grade-9 link lists each item with its payer, the totals by payer, and the way to 先行支付', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, GRADE_9);
  // 9 × 6,000 from the fund; Jiangsu's grade-9 grants 50,000 and 25,000, ±20 % in a city.
  const grant = await row(page, '#benefits-items', '一次性伤残补助金');
  assert.equal(grant[0], '54,000.00 元');
  assert.match(grant[2], /^工伤保险基金（未参保：用人单位）/);
  assert.deepEqual((await row(page, '#benefits-items', '一次性伤残就业补助金')).slice(0, 3), ['20,000.00 元 至 30,000.00 元', '一次性', '用人单位']);
  // Totals holding the provincial ranges (Changzhou's figures unknown) say 待核实 where they stand.
  const once = await row(page, '#benefits-totals', '一次性支付');
  assert.deepEqual(once.map((c) => c.replace(/\s+/g, ' ')), ['94,000.00 元 至 114,000.00 元 待核实', '20,000.00 元 至 30,000.00 元 待核实', '114,000.00 元 至 144,000.00 元 待核实']);
  // The unit said it was not enrolled: that column is marked in words.
  assert.match(await page.locator('#benefits-totals th.col--ours').innerText(), /未参保：用人单位全部支付（本单位的情况）/);
  assert.match(await text(page, '#benefits-items'), /住院伙食补助费\s+常州标准未收录/);
  // The working: each figure with its citation and check date, and the as-of date.
  const working = await text(page, 'table.working');
  assert.match(working, /一次性伤残补助金（本人工资的月数，一级至十级）\s+九级：9 个月/);
  assert.match(working, /第六十四条/);
  assert.match(working, /最后核对 2026-11-29/);
  assert.match(await text(page, '#result'), /按 2026年11月29日 的政策计算/);
  await page.getByRole('link', { name: /先行支付核对/ }).last().click();
  await page.waitForFunction(() => location.hash.startsWith('#/advance'));
  assert.equal(await text(page, 'main h1'), '先行支付核对');
  assert.deepEqual(page.errors, []);
});

test('typed from an empty page, a death is priced, the link updates, and a fresh page reopens it', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/benefits?date=2026-11-29');
  assert.match(await text(page, '#result'), /填写完上面的必填项后/);
  await page.getByLabel('受伤日期（因工死亡的，填死亡日期）').fill('2025年8月1日');
  await page.getByLabel('因工死亡', { exact: true }).check();
  await page.getByLabel('受伤前的月缴费工资').fill('5,000');
  await page.getByLabel('统筹地区上年度职工月平均工资').fill('8000');
  // Until it is said how the worker died, the death grant counts in the upper total only.
  assert.match((await row(page, '#benefits-items', '一次性工亡补助金'))[1], /不属于一级至四级伤残职工在停工留薪期满后死亡时/);
  await page.getByLabel('因工伤事故或职业病死亡，或在停工留薪期内因工伤死亡').check();
  await page.locator('#f-spouse-yes').check();
  await page.getByLabel('其他供养亲属人数').fill('1');
  // Whether either is a lone elder or orphan is not said yet: up to +10 % each.
  assert.equal((await row(page, '#benefits-items', '供养亲属抚恤金'))[0], '3,500.00 元 至 4,500.00 元');
  await page.getByLabel('其中孤寡老人或孤儿的人数').fill('0');
  // 2025 death: 20 × 54,188; funeral 6 × 8,000; pension (40 % + 30 %) × 5,000.
  assert.equal((await row(page, '#benefits-items', '一次性工亡补助金'))[0], '1,083,760.00 元');
  assert.equal((await row(page, '#benefits-items', '丧葬补助金'))[0], '48,000.00 元');
  assert.equal((await row(page, '#benefits-items', '供养亲属抚恤金'))[0], '3,500.00 元');
  assert.deepEqual((await row(page, '#benefits-totals', '每月支付')), ['3,500.00 元', '0.00 元', '3,500.00 元']);
  const expected = /injury_date=2025年8月1日&outcome=death&wage=5,000&avg_wage=8000&death_kind=injury&spouse=yes&dependants=1&lone=0/;
  const url = await settledLink(page, expected);
  assert.match(url, expected);
  assert.doesNotMatch(url, /grade=/);
  const other = await newPage(browser);
  await other.goto(page.url());
  assert.equal((await row(other, '#benefits-items', '一次性工亡补助金'))[0], '1,083,760.00 元');
  assert.deepEqual(page.errors, []);
  assert.deepEqual(other.errors, []);
});

test('bad input keeps its text with a message beside the field, and the summary names each field', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/benefits?date=2026-11-29');
  const date = page.getByLabel('受伤日期（因工死亡的，填死亡日期）');
  await date.fill('2025-13-01');
  await date.blur();
  assert.equal(await date.inputValue(), '2025-13-01');
  assert.match(await text(page, '#f-injury_date-error'), /月份应在 1 至 12 之间|没有这一天/);
  await page.getByLabel('已评定伤残等级').check();
  await page.getByRole('button', { name: '计算并查看结果' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary');
  const summary = await text(page, '#error-summary');
  assert.match(summary, /受伤日期（因工死亡的，填死亡日期）：/);
  assert.match(summary, /伤残等级：请选择伤残等级/);
  assert.match(summary, /受伤前的月缴费工资：请填写/);
  assert.match(await page.title(), /^错误：/);
  await page.locator('#error-summary button', { hasText: '伤残等级' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-grade-1');
  assert.equal(await page.locator('#benefits-totals').count(), 0);
  // A date past the as-of date is refused, with what to do.
  await date.fill('2027-01-05');
  assert.match(await text(page, '#f-injury_date-error'), /晚于计算日期 2026-11-29/);
  assert.deepEqual(page.errors, []);
});

test('a malformed link opens with notes on what was ignored, and does not crash', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/benefits?date=2026-11-29&outcome=injured&grade=11&colour=red&wage=5000&leave_months=%E4%B8%89%E4%B8%AA%E6%9C%88');
  const notes = await text(page, '.notice');
  assert.match(notes, /“目前的情况”的值“injured”/);
  assert.match(notes, /“伤残等级”的值“11”/);
  assert.match(notes, /colour/);
  assert.equal(await page.getByLabel('停工留薪期').count(), 1);
  await openApp(page, server.origin, '#/benefits?date=2026-11-29&injury_date=2019-05-01&outcome=treatment&wage=5000');
  assert.match(await text(page, '#f-injury_date-error'), /2021-01-01 以后/);
  assert.deepEqual(page.errors, []);
});

test('keyboard only: every field is reached with Tab and answered without a mouse', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/benefits?date=2026-11-29');
  const tabTo = async (id) => {
    for (let i = 0; i < 80; i++) {
      if (await page.evaluate((want) => document.activeElement?.id === want || document.activeElement?.name === want, id)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`could not reach ${id} with Tab`);
  };
  await tabTo('f-injury_date');
  await page.keyboard.type('20250310');
  await tabTo('f-outcome');
  // Arrow keys move through a radio group and choose as they go.
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-outcome-disability');
  await tabTo('f-grade');
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-grade-9');
  await tabTo('f-wage');
  await page.keyboard.type('6000');
  await tabTo('f-avg_wage');
  await page.keyboard.type('8000');
  await page.keyboard.press('Enter');
  assert.equal((await row(page, '#benefits-items', '一次性伤残补助金'))[0], '54,000.00 元');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'result');
  assert.deepEqual(page.errors, []);
});

test('the enrollment and 先行支付 results open the estimate prefilled', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/enroll?date=2025-06-01&unit=enterprise&registered=no&founded=2025-05-20&sector=construction&people=regular&all_enrolled=no&hired=2025-05-06&at=result');
  await page.getByRole('link', { name: '测算这次工伤的各项待遇、金额和由谁支付' }).click();
  await page.waitForFunction(() => location.hash.startsWith('#/benefits'));
  assert.equal(await page.locator('#f-insured-no').isChecked(), true);
  assert.match(await settledLink(page, /date=2025-06-01/), /date=2025-06-01/);

  await openApp(page, server.origin, '#/advance?date=2025-06-01&decision=yes&injury_date=2025-05-20&third_party=no&site=no&insured=never&back_paid=no&trigger=revoked&applicant=relative&condition=died&death_date=2025-05-22&applied_on=2025-06-03&at=result');
  await page.getByRole('link', { name: '测算这次工伤的各项待遇、金额和由谁支付' }).click();
  await page.waitForFunction(() => location.hash.startsWith('#/benefits'));
  assert.equal(await page.locator('#f-insured-no').isChecked(), true);
  assert.equal(await page.locator('#f-outcome-death').isChecked(), true);
  assert.equal(await page.locator('#f-injury_date').inputValue(), '2025-05-22', 'a death is counted from the day of death');
  assert.equal(await page.locator('#f-spouse').count(), 1, 'the dependants questions show for a death');
  assert.deepEqual(page.errors, []);
});

test('the printout: page 1 has every priced item with its payer, the totals, and a QR code of the link', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, GRADE_9);
  const summary = await printedSummary(page);
  assert.ok(summary.firstShown, 'page 1 is the summary');
  assert.equal(summary.breakAfter, 'page');
  assert.match(summary.text, /一次性伤残补助金（工伤保险基金）\s+54,000\.00 元，一次性/);
  assert.match(summary.text, /一次性伤残就业补助金（用人单位）\s+20,000\.00 元 至 30,000\.00 元（待核实）/);
  assert.match(summary.text, /未参保：单位全部支付\s+一次性 114,000\.00 元 至 144,000\.00 元（待核实）/);
  assert.match(summary.text, /按 2026年11月29日 的政策判断/);
  assert.equal(summary.qr, page.url(), 'the QR code opens this result');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('form').isVisible(), false, 'the form is not printed');
  const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
  assert.ok(pages >= 1 && pages <= 8, `printout is ${pages} A4 pages`);
});

test('a death after the data uses the last published income, marked 待核实 on the item and the totals', async () => {
  // Two years after the last year the income was published for (2026 deaths: 56,502), 20 × it.
  const income = lastPeriodValue('benefits', 'national_urban_income');
  const year = Number(income.to.slice(0, 4)) + 2;
  const page = await newPage(browser);
  await openApp(page, server.origin, `#/benefits?date=${year}-06-01&injury_date=${year}-03-01&outcome=death&wage=5000&avg_wage=8000&death_kind=injury&spouse=no&dependants=0`);
  const cells = await row(page, '#benefits-items', '一次性工亡补助金');
  assert.equal(cells[0], yuan(income.value * 20));
  assert.match(await page.locator('#benefits-items tr', { hasText: '一次性工亡补助金' }).first().innerText(), /待核实/);
  assert.match(await text(page, 'table.working'), new RegExp(`沿用 ${income.from} 至 ${income.to} 的数值`));
  // The totals holding it are marked too: on the screen, and on page 1 of the printout.
  const once = await row(page, '#benefits-totals', '一次性支付');
  assert.equal(once[0].replace(/\s+/g, ' '), `${yuan(income.value * 20 + 48000)} 待核实`);
  const summary = await printedSummary(page);
  assert.match(summary.text, new RegExp(`已参保：基金支付\\s+一次性 ${yuan(income.value * 20 + 48000)}（待核实）`));
  assert.deepEqual(page.errors, []);
});

test('a link made with older policy data says so and shows the result on today\'s data', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, GRADE_9.replace('&v=1&', '&v=1&data=2000.01.01-1&'));
  assert.match(await text(page, '.notice'), /本结果生成时的政策数据版本为 2000\.01\.01-1，现已更新为 \S+，金额和日期可能不同/);
  assert.equal((await row(page, '#benefits-items', '一次性伤残补助金'))[0], '54,000.00 元');
  // The address now names the data the page used.
  assert.doesNotMatch(page.url(), /data=2000/);
  assert.match(await settledLink(page, /data=\d{4}\.\d{2}\.\d{2}-\d+/), /data=\d{4}\.\d{2}\.\d{2}-\d+/);
  assert.deepEqual(page.errors, []);
});

test('on a 390 px phone the page and its result do not scroll sideways', async () => {
  const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await openApp(page, server.origin, GRADE_9);
  assert.equal(await overflowsSideways(page), false);
  assert.deepEqual(page.errors, []);
});

// A widow at the counter: a death, a spouse and one child, the area's average wage and the
// number of lone dependants not known, the unit not enrolled.
const WIDOW = '#/benefits?date=2026-11-29&v=1&injury_date=2025-08-01&outcome=death&wage=5000&insured=no&death_kind=injury&spouse=yes&dependants=1';

test('page 1 of the printout records every input and lists every item, priced or not', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, WIDOW);
  const { text } = await printedSummary(page);
  // The inputs, each as given, with the blank ones said to be blank.
  assert.match(text, /受伤日期（因工死亡的，填死亡日期）\s+2025-08-01/);
  assert.match(text, /目前的情况\s+因工死亡/);
  assert.match(text, /受伤前的月缴费工资\s+5,000\.00 元（受伤前12个月的平均月缴费工资）/);
  assert.match(text, /统筹地区上年度职工月平均工资\s+未填/);
  assert.match(text, /受伤时是否有工伤保险（单位参保，或工地的工程项目按项目参保）\s+单位没有参保或欠缴保费/);
  assert.match(text, /是否有配偶需要供养\s+有/);
  assert.match(text, /其他供养亲属人数\s+1/);
  assert.match(text, /其中孤寡老人或孤儿的人数\s+未填/);
  assert.match(text, /本人工资（计算各项待遇用）\s+5,000\.00 元（平均工资未填/);
  assert.match(text, /计算日期（按哪一天的政策）\s+2026年11月29日/);
  assert.match(text, /政策数据版本\s+\d{4}\.\d{2}\.\d{2}-\d+/);
  // Every item, including those without a figure.
  assert.match(text, /工伤医疗费和康复费（工伤保险基金）\s+据实支付/);
  assert.match(text, /丧葬补助金（工伤保险基金）\s+统筹地区上年度职工月平均工资 × /);
  assert.match(text, /一次性工亡补助金（工伤保险基金）\s+1,083,760\.00 元/);
  assert.deepEqual(page.errors, []);
});

test('a widow\'s counter printout is at most two A4 pages; the full working is a choice that stays out of the link', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, WIDOW);
  const { brief, full, linkKept } = await printoutDepths(page, 'table.working');
  assert.ok(brief.pages <= 2, `the counter printout is ${brief.pages} A4 pages`);
  assert.ok(!brief.working && full.working, 'the working is printed only when asked for');
  assert.ok(full.pages > brief.pages, `with the full working ${full.pages} pages, more than ${brief.pages}`);
  assert.ok(linkKept, 'a print choice is not an answer: the link does not change');
  assert.deepEqual(page.errors, []);
});

test('on A4 paper the item table fits: no column is squeezed to a character per line', async () => {
  const page = await newPage(browser, { viewport: { width: 688, height: 1000 } });
  await openApp(page, server.origin, WIDOW);
  await page.getByLabel('打印完整计算过程').check();
  await page.emulateMedia({ media: 'print' });
  const cells = await page.locator('#benefits-items tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => {
    const em = parseFloat(getComputedStyle(c).fontSize);
    return { text: c.innerText.trim().slice(0, 12), ems: c.getBoundingClientRect().width / em };
  })));
  for (const row of cells) {
    // 支付方式 and 支付方 hold at least four characters a line.
    for (const c of row.slice(2, 4)) assert.ok(c.ems >= 4, `${row[0].text}: “${c.text}” is ${c.ems.toFixed(1)} em wide`);
  }
  const table = await page.locator('#benefits-items').evaluate((t) => [t.getBoundingClientRect().width, t.parentElement.getBoundingClientRect().width]);
  assert.ok(table[0] <= table[1] + 1, `the table (${table[0]} px) fits its page (${table[1]} px)`);
  assert.deepEqual(page.errors, []);
});

for (const large of [false, true]) {
  test(`on a 390×844 phone${large ? ' in large text' : ''}, every stacked cell of the items and the working keeps its label`, async () => {
    const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
    await openApp(page, server.origin, WIDOW);
    if (large !== (await page.evaluate(() => document.documentElement.classList.contains('large-text')))) await page.locator('#large-text').click();
    for (const table of ['#benefits-items', 'table.working']) {
      const labels = await page.locator(`${table} tbody td`).evaluateAll((tds) => tds.map((td) => ({
        shown: getComputedStyle(td).display,
        label: getComputedStyle(td, '::before').content,
      })));
      assert.ok(labels.length > 0);
      for (const l of labels) {
        assert.equal(l.shown, 'block', `${table}: the cells stack`);
        assert.match(l.label, /^".+："$/, `${table}: a stacked cell has its label`);
      }
    }
    // What a reader sees of an item paid as billed: each cell under its label, not "据实支付" twice.
    const seen = await page.locator('#benefits-items tr', { hasText: '工伤医疗费和康复费' }).first().locator('td')
      .evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content.replace(/"/g, '') + td.innerText.trim()));
    assert.equal(seen[0], '金额：据实支付');
    assert.equal(seen[1], '支付方式：据实支付');
    assert.match(seen[2], /^支付方：工伤保险基金/);
    assert.equal(await overflowsSideways(page), false);
    assert.deepEqual(page.errors, []);
  });
}
