// 保费测算 end to end: deep links for each mode, typing, bad input, keyboard, print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { lastNoticeAndNext, lastPeriodValue, provisionalPeriodValue } from './policy.mjs';
import { serve, launch, newPage, openApp, printedSummary, printoutDepths, settledLink } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const text = (page, sel) => page.locator(sel).innerText();

test('payroll deep link shows monthly and yearly premium and the working', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=payroll&rate=0.45&payroll=1200%E4%B8%87&period=year');
  assert.equal(await text(page, '#amount-monthly'), '4,500.00 元');
  assert.equal(await text(page, '#amount-total'), '54,000.00 元');
  const working = await text(page, 'table.working');
  assert.match(working, /年工资总额\s+12,000,000\.00 元/);
  assert.doesNotMatch(await text(page, '.headline'), /待核实/, 'nothing under the notice rate is unsettled');
  assert.match(await text(page, '.employee-share'), /0\.00 元/);
  assert.match(await text(page, '#result'), /四舍五入到分/);
  assert.deepEqual(page.errors, []);
});

test('a result link\'s first frame is the result: the working, page 1, the folded inputs, the date field and the footer follow a frame later', async () => {
  const page = await newPage(browser);
  // What the first frame holds: the page as it stands in the frame's animation callbacks,
  // after the app's own (registered while it rendered), before the frame is painted.
  const parts = { working: 'table.working', printout: '.print-summary', inputs: '#inputs .section', date: '#as-of', footer: '.site-footer' };
  await page.addInitScript((parts) => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('#amount-total')) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        window.__firstFrame = Object.fromEntries(Object.entries(parts).map(([name, selector]) => [name, !!document.querySelector(selector)]));
      });
    }).observe(document, { subtree: true, childList: true });
  }, parts);
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=payroll&rate=0.45&payroll=1200%E4%B8%87&period=year');
  const none = Object.fromEntries(Object.keys(parts).map((name) => [name, false]));
  assert.deepEqual(await page.evaluate(() => window.__firstFrame), none);
  for (const [name, selector] of Object.entries(parts)) assert.ok((await page.locator(selector).count()) > 0, `${name} after the first frame`);
  assert.deepEqual(page.errors, []);
});

test('per-employee deep link clamps to the floor and ceiling and marks provisional figures', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/premium?date=2026-03-01&mode=employees&class=4&grade=100&wages=3000,8000,30000');
  // 2026 uses 2025's 4,952 / 24,762 provisionally: 4,952 + 8,000 + 24,762 = 37,714 × 0.9 % = 339.43
  assert.equal(await text(page, '#amount-monthly'), '339.43 元');
  // The totals rest on a provisional floor, so they say so, on screen and on paper.
  assert.match(await text(page, '.headline'), /339\.43 元\s*待核实/);
  assert.match((await printedSummary(page)).text, /每月保费\s*339\.43 元（待核实）/);
  const roster = await text(page, 'details.roster');
  assert.match(roster, /低于下限，按下限计/);
  assert.match(roster, /高于上限，按上限计/);
  const working = await text(page, 'table.working');
  assert.match(working, /4,952\.00 元\/月\s+待核实/);
  assert.match(working, /暂行标准/);
});

test('project deep link without a tier lists all four tiers', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=project&price=5000%E4%B8%87');
  const table = await text(page, '#amount-choices');
  for (const amount of ['45,000.00 元', '75,000.00 元', '125,000.00 元', '150,000.00 元']) assert.ok(table.includes(amount), table);
  assert.match(await text(page, '#result'), /施工总承包单位在开工前按项目一次性缴纳/);
  // A complete link opens at the result, the inputs folded above it.
  await page.locator('#edit-inputs').click();
  await page.getByLabel('四档').check();
  assert.equal(await text(page, '#amount-oneoff'), '150,000.00 元');
  assert.match(await settledLink(page, /tier=4/), /tier=4/);
});

test('intern and over-age deep links', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=intern&rate=0.45&pay=3000&months=6');
  assert.equal(await text(page, '#amount-oneoff'), '133.70 元');
  await openApp(page, server.origin, '#/premium?date=2026-08-01&mode=overage&rate=0.45&pay=6000');
  assert.equal(await text(page, '#amount-monthly'), '27.00 元');
  assert.match(await text(page, '#result'), /人社部令第56号/);
});

test('late fee from a deep link', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=payroll&rate=0.45&payroll=100000&arrears=20000&days=45');
  assert.equal(await text(page, '#amount-late-fee'), '450.00 元');
  assert.match(await text(page, '.late'), /20,000\.00 元 至 60,000\.00 元/);
  // 10,000 × 0.05 % × 2,500 days = 12,500.00, above the sum owed: from 10,000.00 (capped) to 12,500.00, 待核实.
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=payroll&rate=0.45&payroll=100000&arrears=10000&days=2500');
  assert.equal(await text(page, '#amount-late-fee'), '10,000.00 元 至 12,500.00 元');
  assert.match(await text(page, '.late .headline'), /12,500\.00 元\s*待核实/);
  assert.match(await text(page, '.late'), /行政强制法》第四十五条第二款/);
});

test('months owed: each month priced at its own figures, the late fee to the day of payment, one figure when the due date is known and a range when not', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=payroll&rate=0.5&payroll=100000');
  await page.locator('#edit-inputs').click(); // a complete link opens at its result
  await page.getByText('欠缴保费或没有参保？').click();
  await page.getByLabel('按欠缴的月份补缴（未参保或长期欠费）').check();
  await page.getByLabel('欠缴起始月份').fill('2025-01');
  await page.getByLabel('欠缴月数').fill('3');
  await page.getByLabel('第一个欠缴月份的缴费截止日').fill('2025-01-15');
  // 500.00 a month for January to March; due on the 15th, paid on 1 June: 137 + 106 + 78
  // = 321 days × 500 × 0.05 % = 80.25.
  assert.equal(await text(page, '#amount-back-premiums'), '1,500.00 元');
  assert.equal(await text(page, '#amount-back-fee'), '80.25 元');
  assert.equal(await text(page, '#amount-back-total'), '1,580.25 元');
  const link = await settledLink(page, /first_due=2025-01-15/);
  assert.match(link, /late_by=monthly&owed_from=2025-01&owed_months=3&first_due=2025-01-15/);
  // Without the due date: from the 1st of each month to the end of the next, 待核实.
  await page.getByLabel('第一个欠缴月份的缴费截止日').fill('');
  assert.equal(await text(page, '#amount-back-fee'), '46.75 元 至 90.75 元');
  assert.match(await text(page, '#back-pay .headline'), /90\.75 元\s*待核实/);
  // The link reproduces it, and page 1 of the printout states the months and the range.
  const again = await newPage(browser);
  await openApp(again, server.origin, link.replace(/^.*?#/, '#'));
  assert.equal(await text(again, '#amount-back-total'), '1,580.25 元');
  await openApp(again, server.origin, '#/premium?date=2025-06-01&mode=payroll&rate=0.5&payroll=100000&late_by=monthly&owed_from=2025-01&owed_months=3');
  const summary = (await printedSummary(again)).text;
  assert.match(summary, /欠缴月份\s*2025-01 起 3 个月/);
  assert.match(summary, /补缴滞纳金\s*46\.75 元 至 90\.75 元（待核实）/);
  await again.emulateMedia({ media: 'screen' });
  // A project's premium is paid once: not owed by the month.
  await openApp(again, server.origin, '#/premium?date=2025-06-01&mode=project&price=100000&late_by=monthly&owed_from=2025-01&owed_months=3');
  assert.match(await text(again, '#f-owed_months-error'), /项目或实习生一次性保费欠缴的/);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(again.errors, []);
});

test('typing updates the result and the link; bad input keeps its text and gets a message', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/premium?date=2025-06-01');
  await page.getByLabel('核定费率').fill('0.45');
  await page.getByLabel('全部职工工资总额').fill('1,200,000');
  assert.equal(await text(page, '#amount-monthly'), '5,400.00 元');
  assert.match(await settledLink(page, /payroll=1,200,000/), /payroll=1,200,000/);
  // A fresh page opened on that link shows the same result.
  const other = await newPage(browser);
  await other.goto(page.url());
  assert.equal(await text(other, '#amount-monthly'), '5,400.00 元');

  const payroll = page.getByLabel('全部职工工资总额');
  await payroll.fill('12,00,000');
  await payroll.blur();
  assert.equal(await payroll.inputValue(), '12,00,000');
  assert.match(await text(page, '#f-payroll-error'), /千位分隔符/);
  assert.equal(await page.locator('#amount-monthly').count(), 0);
  await page.getByRole('button', { name: '计算并查看结果' }).click();
  assert.match(await text(page, '#error-summary'), /有 1 处需要修改/);
  assert.match(await text(page, '#error-summary'), /全部职工工资总额：.*千位分隔符/);
  assert.match(await page.title(), /^错误：/);
  await page.locator('#error-summary button').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-payroll');
});

test('industry search picks a class, and the grade helper estimates a grade', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=payroll&payroll=100000');
  await page.getByLabel('没有核定通知，按行业估算').check();
  await page.getByLabel('查找单位的主要行业（可选）').fill('软件');
  await page.getByRole('button', { name: /软件和信息技术服务业/ }).click();
  assert.match(await text(page, '.selected-industry'), /一类/);
  await page.getByLabel('100%').check();
  assert.equal(await text(page, '#amount-monthly'), '200.00 元');
  // Class 1 offers no 50 % or 80 %.
  assert.equal(await page.getByLabel('50%', { exact: true }).count(), 0);
  await page.locator('details.helper summary').first().click();
  await page.getByLabel('支缴率').fill('120');
  await page.getByLabel('工伤发生率').fill('0');
  // With 首次参保 unanswered the estimate is a range; answering it settles the grade.
  assert.match(await text(page, '.estimate-box'), /可能为 100%、150%/);
  await page.locator('#f-flag-new_enrollee-no').check();
  assert.match(await text(page, '.estimate-box'), /估算档次：150%/);
  await page.getByRole('button', { name: '采用 150%' }).click();
  assert.equal(await text(page, '#amount-monthly'), '300.00 元');
});

test('a link with unknown keys and a date before the data says so and does not crash', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/premium?date=2010-02-01&mode=bogus&colour=red&rate=0.45&payroll=1000');
  const notes = await text(page, '.notice');
  assert.match(notes, /colour/);
  assert.match(notes, /“测算方式”的值“bogus”/);
  assert.doesNotMatch(notes, /mode=/);
  assert.match(await text(page, '#result'), /早于本工具收录的/);
  assert.deepEqual(page.errors, []);
});

test('two years after the data, the estimate still answers on carried limits, and the published figure can be typed over them', async () => {
  // Two years after the last year the limits were published for (2026: 4,952 / 24,762), with
  // wages below the floor and above the ceiling: (floor + ceiling) × 0.5 % (148.57 for 2026).
  const floor = lastPeriodValue('base_limits', 'base_floor');
  const ceiling = lastPeriodValue('base_limits', 'base_ceiling');
  const year = Number(floor.to.slice(0, 4)) + 2;
  const page = await newPage(browser);
  await openApp(page, server.origin, `#/premium?date=${year}-06-15&mode=employees&rate=0.5&wages=3000,40000`);
  await page.locator('#edit-inputs').click();
  const fen = Math.round((floor.value + ceiling.value) / 2); // × 0.5 % is ÷ 200 yuan, ÷ 2 fen
  assert.equal(await text(page, '#amount-monthly'), `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')} 元`);
  const working = await text(page, 'table.working');
  assert.match(working, new RegExp(`沿用 ${floor.from} 至 ${floor.to} 的数值`));
  assert.match(working, /待核实/);
  await page.locator('.as-of summary').click();
  assert.match(await text(page, '.as-of'), /此后公布的新标准可能尚未收录/);
  // The fields for the year's own figures are offered with what to ask.
  await page.getByLabel('该期间的月缴费工资基数下限').fill('5200');
  await page.getByLabel('该期间的月缴费工资基数上限').fill('26000');
  // (5,200 + 26,000) × 0.5 % = 156.00
  assert.equal(await text(page, '#amount-monthly'), '156.00 元');
  assert.match(await text(page, 'table.working'), /您填写的数值/);
  assert.deepEqual(page.errors, []);
});

test('in a year whose floor and ceiling are provisional, the fields the working promises are there, and typed figures replace the data\'s', async () => {
  const floor = provisionalPeriodValue('base_limits', 'base_floor');
  assert.ok(floor, 'the data holds a provisional year');
  const page = await newPage(browser);
  await openApp(page, server.origin, `#/premium?date=${floor.from}&mode=employees&rate=0.5&wages=3000,40000`);
  assert.match(await text(page, 'table.working'), /待核实/);
  // A complete link opens at its result; the fields are under 修改输入.
  await page.locator('#edit-inputs').click();
  assert.match(await text(page, 'main'), /暂按的数值（待核实）/);
  await page.getByLabel('该期间的月缴费工资基数下限').fill('5200');
  await page.getByLabel('该期间的月缴费工资基数上限').fill('26000');
  // (5,200 + 26,000) × 0.5 % = 156.00
  assert.equal(await text(page, '#amount-monthly'), '156.00 元');
  assert.match(await text(page, 'table.working'), /您填写的数值/);
  assert.deepEqual(page.errors, []);
});

test('keyboard only: reach the rate field, type, and see the result', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=payroll&payroll=100000');
  await page.locator('body').focus();
  let found = false;
  for (let i = 0; i < 40 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.id === 'f-rate');
  }
  assert.ok(found, 'the rate field is reachable with Tab');
  await page.keyboard.type('0.5');
  assert.equal(await text(page, '#amount-monthly'), '500.00 元');
  // Switch mode with the arrow keys on the radio group.
  await page.locator('#f-mode-payroll').focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#f-mode-employees').isChecked(), true);
});

test('重新开始 clears the form for the next person', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=payroll&rate=0.45&payroll=100000');
  await page.getByRole('button', { name: '重新开始' }).first().click();
  await page.waitForFunction(() => !location.hash.includes('payroll=100000'));
  assert.equal(await page.getByLabel('核定费率').inputValue(), '');
  assert.equal(await page.locator('#amount-monthly').count(), 0);
});

test('print preview: A4, form hidden, result and sources kept', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=employees&class=4&grade=100&wages=3000,8000,30000&arrears=1000&days=10');
  const summary = await printedSummary(page);
  assert.ok(summary.firstShown && summary.breakAfter === 'page', 'page 1 is the summary');
  assert.match(summary.text, /每月保费/);
  assert.equal(summary.qr, page.url(), 'the QR code opens this result');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('form').isVisible(), false);
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.locator('#result').isVisible(), true);
  // Page 1 and the result by default: at most two pages; the working only when asked for.
  const { brief, full, linkKept } = await printoutDepths(page, 'table.working');
  assert.ok(brief.pages >= 1 && brief.pages <= 2, `the brief printout is ${brief.pages} A4 pages`);
  assert.ok(!brief.working && full.working, 'the working is printed only when asked for');
  assert.ok(full.pages >= brief.pages && full.pages <= 4, `the full printout is ${full.pages} A4 pages`);
  assert.ok(linkKept, 'a print choice is not in the link');
  assert.match(await text(page, '#result'), /人社部发〔2015〕71号/);
});

test('the data page states every rule in words, with no raw key', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/rules?date=2026-11-29');
  const body = await page.locator('main').innerText();
  for (const key of ['not_available', 'voluntary', 'mandatory', 'pilot', 'unsettled', 'allowed', 'clamp', 'all_platforms']) {
    assert.ok(!body.includes(key), `raw key ${key} on the data page`);
  }
  assert.match(body, /原法定退休年龄60周岁；1965年1月起出生的，每4个月延迟1个月，最多延迟36个月/);
  assert.doesNotMatch(body, /1,965/);
  assert.match(body, new RegExp(`${lastNoticeAndNext().next}年起的节假日安排通知尚未收录`));
  // Looked at two years on, a year's base limits are marked as carried.
  const later = await newPage(browser);
  await openApp(later, server.origin, '#/rules?date=2028-06-15');
  assert.match(await later.locator('#param-base_floor').innerText(), /当前日期沿用，待核实/);
});

test('a 300-person wage list says its link is too long for a QR code instead of printing a useless one', async () => {
  const page = await newPage(browser);
  const wages = Array.from({ length: 300 }, (_, i) => 5000 + i * 37).join(',');
  await openApp(page, server.origin, `#/premium?date=2025-06-01&mode=employees&rate=0.5&wages=${wages}`);
  await page.locator('#amount-monthly').waitFor();
  const summary = await printedSummary(page);
  assert.equal(summary.qr, null);
  assert.match(summary.text, /链接较长（\d+ 个字符），无法生成可扫描的二维码/);
  const length = page.url().length;
  assert.ok(length > 1500, `the 300-person link is ${length} characters`);
});

test('amounts and rates print as they show: 7.2‰ and 39,276.54 元', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=payroll&rate=7.2%E2%80%B0&payroll=1000000&arrears=39276.54&days=10');
  await page.locator('#amount-monthly').waitFor();
  const summary = await printedSummary(page);
  assert.match(summary.text, /核定费率 0\.72%/);
  assert.match(summary.text, /39,276\.54 元/);
  assert.doesNotMatch(summary.text, /‰%/);
});

test('payroll with a head count says, with the figures, when the average is below the floor', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=payroll&rate=0.4&payroll=11500&period=month');
  assert.equal(await text(page, '#amount-monthly'), '46.00 元');
  assert.doesNotMatch(await text(page, '#result'), /低于缴费工资基数下限/);
  await page.locator('#edit-inputs').click();
  await page.getByLabel('职工人数（可选）').fill('3');
  assert.match(await text(page, '#result'), /人均月工资 3,833\.33 元 低于缴费工资基数下限 4,952\.00 元.*59\.42 元/);
  assert.match(await settledLink(page, /headcount=3/), /headcount=3/);
  assert.deepEqual(page.errors, []);
});

test('the per-person table downloads as a CSV file that Excel opens (UTF-8 with BOM, CRLF, a total row)', async () => {
  const page = await newPage(browser, { acceptDownloads: true });
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=employees&rate=0.5&wages=3000,8000,30000');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-roster').click()]);
  assert.equal(download.suggestedFilename(), '逐人缴费基数.csv');
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  const text = bytes.subarray(3).toString('utf8');
  assert.equal(text.split('\r\n')[0], '行,月工资,缴费基数,说明');
  assert.match(text, /\r\n1,3000\.00,4952\.00,低于下限，按下限计\r\n/);
  assert.match(text, /\r\n合计,,37714\.00,\r\n$/);
  assert.deepEqual(page.errors, []);
});

test('a pasted sheet with a header and three columns asks which column is the wage, and keeps no name', async () => {
  const page = await newPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=employees&rate=0.5');
  const sheet = '工号\t姓名\t基本工资\t应发工资\r\n001\t张三\t5000\t6,200\r\n002\t李四\t4800\t5900\r\n';
  await page.evaluate((t) => navigator.clipboard.writeText(t), sheet);
  await page.getByLabel('每名职工的月工资（每行一人）').click();
  await page.keyboard.press('Control+V');
  await page.locator('#f-wage-column').waitFor();
  assert.match(await page.locator('#f-wage-column').innerText(), /第 3 列（例如 6,200、5900）/);
  assert.equal(await page.locator('#amount-monthly').count(), 0, 'no result until the column is chosen');
  assert.doesNotMatch(decodeURIComponent(page.url()), /wages=/, 'no figure of the sheet in the link yet');
  await page.getByRole('button', { name: '计算并查看结果' }).click();
  assert.match(await text(page, '#error-summary'), /每名职工的月工资：表格有几列数字/);
  await page.locator('#f-wage-column-2').click(); // the question goes once answered
  // Both are above the 2025 floor of 4,952: (6,200 + 5,900) × 0.5 % = 60.50
  assert.equal(await text(page, '#amount-monthly'), '60.50 元');
  await page.waitForFunction(() => /wages=6200,5900(&|$)/.test(location.hash));
  // The header's row stays, blank, so each row keeps the sheet's number.
  assert.equal(await page.getByLabel('每名职工的月工资（每行一人）').inputValue(), '\n6,200\n5900');
  const shown = await page.locator('main').innerText();
  for (const name of ['张三', '李四', '工号']) assert.ok(!shown.includes(name), name);
  assert.deepEqual(page.errors, []);
});

test('a pasted total row is not one more employee: left out with a word, kept only when chosen; the CSV numbers the sheet\'s rows', async () => {
  const page = await newPage(browser, { acceptDownloads: true });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=employees&rate=0.5');
  const wages = page.getByLabel('每名职工的月工资（每行一人）');
  // A labelled total: left out at once, and said.
  await page.evaluate((t) => navigator.clipboard.writeText(t), '姓名\t工资\r\n张三\t8000\r\n\r\n李四\t9000\r\n王五\t10000\r\n合计\t27000\r\n');
  await wages.click();
  await page.keyboard.press('Control+V');
  await page.locator('#wages-ignored').waitFor();
  assert.match(await text(page, '#wages-ignored'), /1 行合计/);
  // (8,000 + 9,000 + 10,000) × 0.5 % = 135.00
  assert.equal(await text(page, '#amount-monthly'), '135.00 元');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-roster').click()]);
  const { readFile } = await import('node:fs/promises');
  const csv = (await readFile(await download.path())).subarray(3).toString('utf8');
  const rows = csv.split('\r\n').slice(1, -2).map((line) => line.split(',')[0]);
  assert.deepEqual(rows, ['2', '4', '5'], 'rows numbered as pasted: heading and blank rows counted');
  // An unlabelled row equal to the sum of the others: flagged, left out unless kept.
  await wages.fill('8000\n9000\n10000\n27000');
  const question = page.locator('#f-total_row');
  await question.waitFor();
  assert.match(await question.innerText(), /第 4 行的 27,000 元等于其他各行之和/);
  assert.equal(await text(page, '#amount-monthly'), '135.00 元');
  assert.equal(await page.getByLabel('这是合计，不计入').isChecked(), true);
  await page.getByLabel('这是一名职工的工资，计入').check();
  await page.waitForFunction(() => /total_row=keep/.test(location.hash));
  assert.notEqual(await text(page, '#amount-monthly'), '135.00 元');
  assert.deepEqual(page.errors, []);
});

test('a whole workforce: employees, interns, over-age and dispatched workers in one result, one link and one printout', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/premium?date=2025-06-01&rate=0.5');
  await page.getByLabel('整个单位（多种用工）').check();
  await page.getByLabel('每名职工的月工资（每行一人）').fill('3000\n8000');
  await page.getByLabel('实习生人数').fill('3');
  await page.getByLabel('实习生每人每月报酬').fill('3000');
  await page.getByLabel('实习协议期限').fill('6');
  await page.getByLabel('超龄人员人数').fill('1');
  await page.getByLabel('超龄人员每人每月工资').fill('6000');
  await page.getByLabel('劳务派遣人员人数').fill('1');
  await page.getByLabel('劳务派遣人员每人每月工资').fill('4000');
  // The agency insures its own by default: 18,952 × 0.5 %.
  assert.equal(await text(page, '#amount-monthly'), '94.76 元');
  assert.match(await text(page, '#result'), /由派遣单位参保缴费/);
  await page.getByLabel('本单位代为缴纳').check();
  assert.equal(await text(page, '#amount-monthly'), '119.52 元');
  assert.equal(await text(page, '#amount-oneoff'), '445.68 元');
  assert.equal(await text(page, '#amount-total'), '1,879.92 元');
  await page.waitForFunction(() => /dispatch_payer=host/.test(location.hash));
  const other = await newPage(browser);
  await other.goto(page.url());
  assert.equal(await text(other, '#amount-total'), '1,879.92 元');
  const summary = await printedSummary(page);
  assert.match(summary.text, /每月保费\s+119\.52 元/);
  assert.match(summary.text, /全年合计\s+1,879\.92 元/);
  assert.equal(summary.qr, page.url());
  assert.deepEqual(page.errors, []);
});
