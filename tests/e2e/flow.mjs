// Answering a question-flow screen, by mouse or by keyboard alone.
// `value` is an option key, a list of keys (checkboxes), or text (dates, months).

const headingText = (page) => page.locator('h1').innerText();

async function waitForNext(page, before) {
  await page.waitForFunction((prev) => location.hash !== prev, before);
  await page.waitForSelector('main h1');
}

export async function answerByClicking(page, id, value) {
  await page.waitForSelector('form.question');
  const before = await page.evaluate(() => location.hash);
  if (Array.isArray(value)) {
    for (const key of value) await page.locator(`input[type=checkbox][value="${key}"]`).check();
  } else if (await page.locator('input[type=radio][name=q-answer]').count()) {
    await page.locator(`#q-answer-${value}`).check();
  } else {
    await page.locator('#q-answer').fill(value);
  }
  await page.getByRole('button', { name: '继续' }).click();
  await waitForNext(page, before);
}

async function tabUntil(page, predicate, what, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate(predicate)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${what} with Tab (question: ${await headingText(page)})`);
}

/** Focus follows the page: a question opens with its heading focused, the answer a Tab or two away. */
export async function answerByKeyboard(page, id, value) {
  await page.waitForSelector('form.question');
  const before = await page.evaluate(() => location.hash);
  await page.waitForFunction(() => document.activeElement?.id === 'question-title', null, { timeout: 3000 })
    .catch(async () => { throw new Error(`the heading of ${id} is not focused: ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))}`); });
  if (Array.isArray(value)) {
    await tabUntil(page, () => document.activeElement?.type === 'checkbox', 'the first checkbox', 2);
    while (await page.evaluate(() => document.activeElement?.type === 'checkbox')) {
      const key = await page.evaluate(() => document.activeElement.value);
      if (value.includes(key)) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
  } else if (await page.locator('input[type=radio][name=q-answer]').count()) {
    await tabUntil(page, () => document.activeElement?.name === 'q-answer', 'the options', 2);
    const current = () => page.evaluate(() => document.activeElement.value);
    if ((await current()) === value) {
      await page.keyboard.press('Space');
    } else {
      for (let i = 0; i < 12 && (await current()) !== value; i++) await page.keyboard.press('ArrowDown');
    }
    if ((await current()) !== value) throw new Error(`option ${value} not reachable with arrow keys`);
  } else {
    await tabUntil(page, () => document.activeElement?.id === 'q-answer', 'the answer box', 2);
    await page.keyboard.type(value);
  }
  await tabUntil(page, () => document.activeElement?.type === 'submit', '继续');
  await page.keyboard.press('Enter');
  await waitForNext(page, before);
}

/** From the check-answers page to the result, the way the user arrived. */
export async function toCheckPage(page, how) {
  await page.waitForFunction(() => document.querySelector('h1')?.innerText === '核对您的回答');
  const before = await page.evaluate(() => location.hash);
  if (how === 'keyboard') {
    await page.locator('body').focus();
    await tabUntil(page, () => document.activeElement?.innerText === '确认并查看结果', '确认并查看结果');
    await page.keyboard.press('Enter');
  } else {
    await page.getByRole('button', { name: '确认并查看结果' }).click();
  }
  await waitForNext(page, before);
  await page.waitForSelector('#result');
}

/** From the start page to the result, each answer given by clicking or by keyboard (`how`); the result's text. */
export async function answerToResult(page, answers, how) {
  await page.getByRole('button', { name: '开始' }).click();
  const answer = how === 'clicking' ? answerByClicking : answerByKeyboard;
  for (const [id, value] of answers) await answer(page, id, value);
  await toCheckPage(page, how);
  return page.locator('#result').innerText();
}
