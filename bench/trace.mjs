// Where a cold load's time goes (for #14), from one Chrome DevTools Protocol trace:
// the network waterfall, whether the preloaded WebAssembly is the one the loader
// compiles (fetched once) and whether its compilation overlapped the download, and
// the main thread's work between the last wasm byte and the painted result.

const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8', 'v8.wasm', 'blink.user_timing', 'loading'].join(',');

/**
 * Installed before the page's own scripts: notes when `selector` is first in the
 * page and when the frame showing it has been painted (a task after that frame's
 * animation callbacks), so a load is timed by the page itself and not by how often
 * the test driver polls.
 */
export function watchFor(selector) {
  new MutationObserver((_, observer) => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    window.__resultInDom = performance.now();
    window.__elementsFirst = document.getElementsByTagName('*').length;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__resultPainted = performance.now(); };
      channel.port2.postMessage(0);
    });
  }).observe(document, { subtree: true, childList: true });
}

/** Opens `url` in `page` (already throttled) and waits until its result is painted; times from navigation start, in ms. */
export async function loadTimed(page, url, selector) {
  await page.addInitScript(watchFor, selector);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__resultPainted !== undefined, null, { timeout: 60000, polling: 100 });
  // A second on, what the app builds after its first frame (src/ui/later.rs) is in the page too.
  await page.waitForTimeout(1000);
  return page.evaluate(() => ({
    inDom: window.__resultInDom,
    painted: window.__resultPainted,
    elements: [window.__elementsFirst, document.getElementsByTagName('*').length],
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
}

/** Main-thread work by kind, from trace events nested in one task. */
const KIND = [
  [/^wasm\./, 'WebAssembly compile and instantiate'],
  [/^(FunctionCall|v8\.callFunction|EvaluateScript|v8\.evaluateModule|TimerFire|FireAnimationFrame)$/, 'script (the app and Yew)'],
  [/^(UpdateLayoutTree|Layout|ScheduleStyleRecalculation)$/, 'style and layout'],
  [/^(Paint|PrePaint|Layerize|Commit|UpdateLayer)$/, 'paint'],
];

/** One cold load with a trace; returns the waterfall, the wasm's compile facts and the main-thread breakdown. */
async function traceLoad(browser, url, selector, network) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.emulateNetworkConditions', network);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  const timed = await loadTimed(page, url, selector);
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  await complete;
  await context.close();

  // The page's own navigation (the tab first shows about:blank), the zero of its performance.now().
  const origin = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith(new URL(url).origin))?.ts;
  if (origin === undefined) throw new Error('no navigationStart in the trace');
  const at = (ts) => (ts - origin) / 1000;
  // Only the page's own files: the browser's own pages (its omnibox UI) load in the same trace.
  const site = new URL(url).origin;
  const requests = new Map();
  for (const e of events) {
    const data = e.args?.data;
    if (!data?.requestId) continue;
    if (e.name === 'ResourceSendRequest' && !data.url.startsWith(site)) continue;
    if (e.name === 'ResourceSendRequest') requests.set(data.requestId, { file: new URL(data.url).pathname.split('/').pop() || '(page)', start: at(e.ts) });
    const r = requests.get(data.requestId);
    if (!r) continue;
    if (e.name === 'ResourceReceiveResponse') r.firstByte = at(e.ts);
    if (e.name === 'ResourceFinish') Object.assign(r, { end: at(e.ts), bytes: data.encodedDataLength });
  }
  const wasmRequests = [...requests.values()].filter((r) => r.file.endsWith('.wasm'));
  const wasmEnd = Math.max(...wasmRequests.map((r) => r.end ?? 0));
  const received = events.filter((e) => e.name === 'wasm.OnBytesReceived').map((e) => at(e.ts));

  // Top-level tasks of the thread that ran the app, after the last wasm byte, nested events attributed by kind.
  // The page's renderer: the process that started its navigation.
  const pagePid = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith(site))?.pid;
  const calls = events.filter((e) => e.name === 'FunctionCall' && (pagePid === undefined || e.pid === pagePid));
  const run = calls.find((e) => at(e.ts) >= wasmEnd) ?? calls[0];
  const work = new Map(KIND.map(([, name]) => [name, 0]));
  let busy = 0;
  const onThread = events
    .filter((e) => e.ph === 'X' && e.pid === run?.pid && e.tid === run?.tid && at(e.ts) >= wasmEnd && at(e.ts) <= timed.painted)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Outermost events are the thread's tasks (a run task, a microtask checkpoint …).
  let taskEnd = -1;
  for (const task of onThread) {
    if (task.ts < taskEnd) continue;
    taskEnd = task.ts + task.dur;
    busy += task.dur / 1000;
    // Only the outermost event of each kind inside the task, so nested ones are not counted twice.
    const inside = onThread.filter((e) => e.ts >= task.ts && e.ts + e.dur <= taskEnd);
    for (const [pattern, name] of KIND) {
      let until = -1;
      for (const e of inside.filter((x) => pattern.test(x.name))) {
        if (e.ts < until) continue;
        work.set(name, work.get(name) + e.dur / 1000);
        until = e.ts + e.dur;
      }
    }
  }
  return { timed, requests: [...requests.values()], wasmFetches: wasmRequests.length, wasmEnd, received, busy, work };
}

/** The main thread's time from the last wasm byte to the painted result, in ms. */
export const afterLastWasmByte = (trace) => trace.timed.painted - trace.wasmEnd;

/** Whether the compiler received the wasm's bytes while they downloaded, not all after. */
export const compiledWhileDownloading = (trace) => trace.received.length > 0 && trace.received[0] < trace.wasmEnd - 50;

/** `runs` traced cold loads; the one with the median time from the last wasm byte to the painted result. */
export async function medianTrace(browser, url, selector, network, runs) {
  const traces = [];
  for (let i = 0; i < runs; i++) traces.push(await traceLoad(browser, url, selector, network));
  traces.sort((a, b) => afterLastWasmByte(a) - afterLastWasmByte(b));
  return traces[Math.floor(traces.length / 2)];
}

/** The trace as Markdown tables. */
export function printTrace(name, trace) {
  const ms = (x) => (x === undefined ? '—' : `${Math.round(x)}`);
  console.log(`\n### Cold load of ${name}, traced (4x CPU, slow 4G; the run with the median time after the last wasm byte)\n`);
  console.log('| file | requested, ms | first byte, ms | done, ms | KB on the wire |\n|---|---:|---:|---:|---:|');
  for (const r of trace.requests) console.log(`| ${r.file} | ${ms(r.start)} | ${ms(r.firstByte)} | ${ms(r.end)} | ${r.bytes === undefined ? '—' : (r.bytes / 1024).toFixed(1)} |`);
  console.log(`\nWebAssembly fetched ${trace.wasmFetches} time(s); its compiler received the bytes in ${trace.received.length} part(s), ${compiledWhileDownloading(trace) ? 'while downloading' : 'all after the download (no overlap)'}.`);
  console.log(`Result in the page at ${ms(trace.timed.inDom)} ms, painted at ${ms(trace.timed.painted)} ms; last wasm byte at ${ms(trace.wasmEnd)} ms.\n`);
  console.log('| main thread after the last wasm byte (a lazy compile inside script counts in both) | ms |\n|---|---:|');
  for (const [kind, time] of trace.work) console.log(`| ${kind} | ${ms(time)} |`);
  console.log(`| all tasks (including the above) | ${ms(trace.busy)} |`);
  console.log(`| last wasm byte to painted result | ${ms(afterLastWasmByte(trace))} |`);
}
