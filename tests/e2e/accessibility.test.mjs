// Accessibility and senior-friendly use: axe-core on every page and outcome,
// visible focus, large-text mode, 360 px phones and 200 % zoom.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, openApp, axeViolations, overflowsSideways } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PAGES = {
  'home': '#/',
  'premium, empty': '#/premium?date=2025-06-01',
  'premium, payroll result': '#/premium?date=2025-06-01&mode=payroll&rate=0.45&payroll=1200%E4%B8%87&arrears=1000&days=5',
  'premium, per-employee result': '#/premium?date=2025-06-01&mode=employees&class=4&grade=100&wages=3000,8000,30000&payout=0&incidence=0',
  'premium, project tiers': '#/premium?date=2025-06-01&mode=project&price=5000%E4%B8%87',
  'premium, errors': '#/premium?date=2025-06-01&mode=payroll&rate=abc&payroll=-5',
  'premium, two years after the data': '#/premium?date=2028-06-15&mode=employees&rate=0.5&wages=3000,40000',
  'enroll, start': '#/enroll?date=2025-06-01',
  'enroll, one choice': '#/enroll?date=2025-06-01&at=unit',
  'enroll, several choices': '#/enroll?date=2025-06-01&unit=enterprise&registered=yes&sector=none&at=people',
  'enroll, month with an error': '#/enroll?date=2025-06-01&unit=enterprise&registered=yes&sector=none&people=overage&overage_birth=1963-13',
  'enroll, check answers': '#/enroll?date=2025-06-01&unit=sole&employees=no&at=check',
  'enroll, outcome': '#/enroll?date=2025-06-01&unit=enterprise&registered=no&founded=2025-05-20&sector=construction&people=regular,overage,project&all_enrolled=no&hired=2025-05-06&overage_birth=1963-03&overage_category=male&overage_pension=no&project_role=general&project_enrolled=no&at=result',
  'enroll, unsure outcome': '#/enroll?date=2025-06-01&unit=unsure&at=result',
  'advance, date question': '#/advance?date=2025-06-01&decision=no&at=injury_date',
  'advance, not yet outcome': '#/advance?date=2025-06-01&decision=no&injury_date=2025-05-20&third_party=yes&at=result',
  'advance, advance outcome': '#/advance?date=2025-06-01&decision=yes&third_party=yes&tp_paid=unknown&insured=never&back_paid=no&trigger=refuses,other&applicant=relative&condition=died&applied_on=2025-06-03&at=result',
  'premium, intern': '#/premium?date=2025-06-01&mode=intern&rate=0.45&pay=3000&months=6',
  'premium, over-age': '#/premium?date=2026-08-01&mode=overage&rate=0.45&pay=6000',
  'premium, 2021 limits asked for': '#/premium?date=2021-03-01&mode=employees&rate=0.5&wages=3000',
  'enroll, nothing to do': '#/enroll?date=2025-06-01&unit=sole&employees=no&at=result',
  'enroll, outside the fund': '#/enroll?date=2025-06-01&unit=institution&civil=yes&registered=yes&sector=none&people=none&at=result',
  'advance, no advance needed': '#/advance?date=2025-06-01&decision=yes&third_party=yes&tp_paid=full&insured=yes&at=result',
  'advance, medical costs': '#/advance?date=2025-06-01&decision=yes&third_party=yes&tp_paid=unknown&insured=yes&applicant=worker&condition=treating&applied_on=2025-06-03&at=result',
  'advance, employer paying': '#/advance?date=2025-06-01&decision=yes&third_party=no&insured=arrears&back_paid=yes&trigger=none&at=result',
  'advance, ask the office': '#/advance?date=2025-06-01&decision=yes&third_party=no&insured=unsure&at=result',
  'injury, start': '#/injury?date=2026-12-03',
  'injury, situation question': '#/injury?date=2026-12-03&role=unit&kind=accident&injury_date=2026-12-02&at=situation',
  'injury, outcome with the application form': '#/injury?date=2026-12-03&role=relative&kind=death&injury_date=2026-11-28&situation=sudden_death&death_date=2026-11-29&excluded=none&employment=contract&insured=never&unit_applied=unsure&at=result',
  'injury, depends on the police': '#/injury?date=2026-12-03&role=worker&kind=accident&injury_date=2026-11-20&situation=commute&commute_trip=unsure&commute_fault=pending&excluded=unsure&employment=intern&insured=unsure&unit_applied=unsure&at=result',
  'injury, excluded': '#/injury?date=2026-12-03&role=worker&kind=accident&injury_date=2026-11-02&situation=work&excluded=drunk_drugs&at=result',
  'benefits, empty': '#/benefits?date=2026-11-29',
  'benefits, grade 5 with 不确定': '#/benefits?date=2026-11-29&injury_date=2025-03-10&outcome=disability&grade=5&wage=6000',
  'benefits, uninsured grade 9': '#/benefits?date=2026-11-29&injury_date=2025-03-10&outcome=disability&grade=9&wage=6000&avg_wage=8000&insured=no&ends=worker&birth=1968-05&category=male',
  'benefits, death': '#/benefits?date=2026-11-29&injury_date=2025-08-01&outcome=death&wage=5000&avg_wage=8000&spouse=yes&dependants=1',
  'benefits, errors': '#/benefits?date=2026-11-29&injury_date=2025-13-01&outcome=disability&wage=abc',
  'rules': '#/rules',
  'privacy': '#/privacy',
  'not found': '#/nowhere',
};

for (const [name, hash] of Object.entries(PAGES)) {
  test(`axe: ${name}`, async () => {
    const page = await newPage(browser);
    await openApp(page, server.origin, hash);
    assert.deepEqual(await axeViolations(page), []);
    await page.locator('#large-text').click();
    assert.deepEqual(await axeViolations(page), [], 'in large-text mode');
    await page.context().close();
  });
}

test('the accessibility check itself catches a missing label', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/');
  await page.evaluate(() => document.querySelector('main').append(document.createElement('input')));
  const found = await axeViolations(page);
  assert.ok(found.some((v) => v.startsWith('label')), found.join('\n'));
});

test('keyboard focus is always visible', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=payroll&rate=0.45&payroll=100000');
  await page.locator('body').focus();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement === document.body)) continue; // wrapped past the last control
    const style = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      return { tag: document.activeElement.tagName, outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow };
    });
    assert.ok((style.outline !== 'none' && style.width >= 2) || style.shadow !== 'none', `${style.tag} has no visible focus`);
  }
});

test('large-text mode: bigger type, line spacing at least 1.3, bigger controls', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/premium?date=2025-06-01');
  const measure = () => page.evaluate(() => {
    const p = getComputedStyle(document.querySelector('main p'));
    const input = document.querySelector('#f-rate').getBoundingClientRect();
    return { size: parseFloat(p.fontSize), ratio: parseFloat(p.lineHeight) / parseFloat(p.fontSize), control: input.height };
  });
  const normal = await measure();
  assert.ok(normal.ratio >= 1.3, `line spacing ${normal.ratio}`);
  assert.ok(normal.size >= 16);
  await page.locator('#large-text').click();
  const large = await measure();
  assert.ok(large.size >= normal.size * 1.2, `${large.size} vs ${normal.size}`);
  assert.ok(large.ratio >= 1.3, `line spacing ${large.ratio}`);
  assert.ok(large.control > normal.control);
});

test('errors are stated in words, not by colour alone', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/premium?date=2025-06-01&mode=payroll&rate=abc&payroll=-5');
  for (const id of ['#f-rate-error', '#f-payroll-error']) assert.match(await page.locator(id).innerText(), /^错误：/);
  assert.equal(await page.locator('#f-rate').getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#f-rate').getAttribute('aria-describedby'), /f-rate-error/);
});

for (const [label, viewport] of [['a 360 px phone', { width: 360, height: 740 }], ['200 % zoom of a 1280 px screen', { width: 640, height: 400 }]]) {
  test(`no sideways scrolling on ${label}, in both text sizes`, async () => {
    const page = await newPage(browser, { viewport });
    for (const hash of Object.values(PAGES)) {
      await openApp(page, server.origin, hash);
      assert.equal(await overflowsSideways(page), false, `${hash} at ${viewport.width}px`);
    }
    await page.locator('#large-text').click();
    for (const hash of Object.values(PAGES)) {
      await openApp(page, server.origin, hash);
      assert.equal(await overflowsSideways(page), false, `${hash} at ${viewport.width}px, large text`);
    }
  });
}

test('keyboard only through the estimator: mode, rate, wages, result', async () => {
  const page = await newPage(browser);
  await openApp(page, server.origin, '#/premium?date=2025-06-01');
  await page.locator('body').focus();
  const tabTo = async (pred, what) => {
    for (let i = 0; i < 60; i++) {
      if (await page.evaluate(pred)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`cannot reach ${what}`);
  };
  await tabTo(() => document.activeElement?.name === 'f-mode', 'the mode options');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#f-mode-employees').isChecked(), true);
  await tabTo(() => document.activeElement?.id === 'f-rate', 'the rate');
  await page.keyboard.type('1');
  await tabTo(() => document.activeElement?.id === 'f-wages', 'the wages');
  await page.keyboard.type('3000');
  await page.keyboard.press('Enter');
  await page.keyboard.type('30000');
  await tabTo(() => document.activeElement?.textContent === '计算并查看结果', 'the submit button');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'result');
  // 2025: 4,952 + 24,762 = 29,714 × 1 % = 297.14
  assert.equal(await page.locator('#amount-monthly').innerText(), '297.14 元');
});
