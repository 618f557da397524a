// The few page operations the shared journey helpers use (tests/e2e/flow.mjs), over a
// WebDriver session, so the WebKit and Firefox legs answer flows with the same code as the
// Chromium one.
import { Builder, By, until } from 'selenium-webdriver';

const TIMEOUT = 20000;

/** A WebKitGTK session through the WebKitWebDriver that scripts/webkit started. */
export async function openWebKit() {
  const server = process.env.WEBKIT_WEBDRIVER;
  if (!server) throw new Error('WEBKIT_WEBDRIVER is not set: run this through scripts/webkit');
  const driver = await new Builder()
    .usingServer(server)
    .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { args: ['--automation'] } })
    .build();
  return new Page(driver);
}

/** A headless Firefox (Debian's firefox-esr) session through the geckodriver that scripts/firefox started. */
export async function openFirefox() {
  const server = process.env.FIREFOX_WEBDRIVER;
  if (!server) throw new Error('FIREFOX_WEBDRIVER is not set: run this through scripts/firefox');
  const driver = await new Builder()
    .usingServer(server)
    .withCapabilities({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        ...(process.env.FIREFOX_BINARY && { binary: process.env.FIREFOX_BINARY }),
        args: ['-headless', '--width=1366', '--height=768'],
        prefs: { 'intl.accept_languages': 'zh-CN' },
      },
    })
    .build();
  return new Page(driver);
}

/** The engine a leg names: `webkit` (scripts/webkit) or `firefox` (scripts/firefox, tests/firefox). */
export function openEngine(name) {
  if (name === 'firefox') return openFirefox();
  if (name === 'webkit') return openWebKit();
  throw new Error(`no WebDriver leg for ${name}`);
}

class Locator {
  constructor(page, by) {
    this.page = page;
    this.by = by;
  }
  element() {
    return this.page.driver.wait(until.elementLocated(this.by), TIMEOUT);
  }
  async count() {
    return (await this.page.driver.findElements(this.by)).length;
  }
  async waitFor() {
    await this.element();
  }
  async innerText() {
    return (await this.element()).getText();
  }
  async inputValue() {
    return (await this.element()).getAttribute('value');
  }
  async click() {
    await (await this.element()).click();
  }
  /** Ticks a radio or checkbox the way a person does: by its label when the box itself is styled away. */
  async check() {
    const box = await this.element();
    if (await box.isSelected()) return;
    const id = await box.getAttribute('id');
    const label = id && (await this.page.driver.findElements(By.css(`label[for="${id}"]`)))[0];
    await (label ?? box).click();
  }
  async fill(text) {
    const field = await this.element();
    await field.clear();
    await field.sendKeys(text);
  }
}

export class Page {
  constructor(driver) {
    this.driver = driver;
  }
  goto(url) {
    return this.driver.get(url);
  }
  url() {
    return this.driver.getCurrentUrl();
  }
  /** Runs `fn(arg)` in the page, as Playwright's `page.evaluate` does. */
  evaluate(fn, arg) {
    return this.driver.executeScript(`return (${fn})(arguments[0]);`, arg);
  }
  waitForFunction(fn, arg) {
    return this.driver.wait(() => this.evaluate(fn, arg), TIMEOUT);
  }
  waitForSelector(selector) {
    return this.driver.wait(until.elementLocated(By.css(selector)), TIMEOUT);
  }
  /**
   * Reloads the way F5 does (`location.reload()`), and waits for the new document. The
   * WebDriver Refresh command is not that in Firefox: a page it reloads is not controlled by
   * the service worker (seen with geckodriver 0.37 and Firefox ESR 153), unlike a user's reload.
   */
  async reload() {
    await this.driver.executeScript('window.__beforeReload = true; setTimeout(function () { location.reload(); }, 0);');
    await this.driver.wait(async () => {
      try {
        return await this.driver.executeScript('return !window.__beforeReload && document.readyState === "complete";');
      } catch {
        return false; // between the two documents
      }
    }, TIMEOUT);
  }
  locator(selector) {
    return new Locator(this, By.css(selector));
  }
  /** A button (or a link drawn as one) by its words. */
  getByRole(role, { name }) {
    const tag = role === 'button' ? `button[normalize-space()="${name}"] | //a[@role="button" and normalize-space()="${name}"]` : `*[@role="${role}" and normalize-space()="${name}"]`;
    return new Locator(this, By.xpath(`//${tag}`));
  }
  /** Whether the browser still answers: after WebKitGTK's web process crashes, the session is gone. */
  async alive() {
    try {
      return (await this.driver.executeScript('return 1;')) === 1;
    } catch {
      return false;
    }
  }
  close() {
    return this.driver.quit();
  }
}
