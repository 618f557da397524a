// Starts the app. scripts/postbuild.mjs fills in the file names and the
// WebAssembly's hash, so no altered module ever runs, and then registers the
// service worker that keeps the app working without a network.
import init, * as bindings from './__APP_JS__';

const WASM = './__APP_WASM__';
const INTEGRITY = '__WASM_INTEGRITY__';

/**
 * The module, compiled while it downloads, and run only once its SHA-384 matches.
 * `fetch` with `integrity` would hand the compiler the bytes only after the whole file
 * is checked; here one copy of the stream goes to the compiler and the other to the
 * hash, and nothing is instantiated before the hash is compared (compiling runs no
 * code). Where a browser lacks a piece (no `crypto.subtle` outside a secure context,
 * no streaming compile), the browser's own integrity check does the same, unstreamed.
 */
async function verifiedModule() {
  const streams = typeof WebAssembly.compileStreaming === 'function' && globalThis.crypto?.subtle && typeof ReadableStream === 'function' && 'tee' in ReadableStream.prototype;
  if (!streams) return fetch(WASM, { integrity: INTEGRITY });
  const response = await fetch(WASM);
  if (!response.ok || !response.body) throw new Error(`WebAssembly download failed: ${response.status}`);
  const [toCompiler, toHash] = response.body.tee();
  const compiled = WebAssembly.compileStreaming(new Response(toCompiler, { headers: { 'Content-Type': 'application/wasm' } }));
  const digest = new Response(toHash).arrayBuffer().then((bytes) => crypto.subtle.digest('SHA-384', bytes));
  const [module, hash] = await Promise.all([compiled, digest]);
  const actual = `sha384-${btoa(String.fromCharCode(...new Uint8Array(hash)))}`;
  if (actual !== INTEGRITY) throw new Error(`WebAssembly integrity check failed: the digest ${actual} is not ${INTEGRITY}`);
  return module;
}

// The app's first frame reads this PC's settings (大字模式, 柜台模式) and this tab's
// session; the browser loads each storage area on its first use. Using both now, while
// the WebAssembly downloads, takes that load off the path to the first result. Nothing
// is written. (Where storage is refused, the app does without it.)
try {
  void localStorage.length;
  void sessionStorage.length;
} catch {}

try {
  const wasm = await init({ module_or_path: await verifiedModule() });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
} catch (error) {
  // A broken or altered download (refused by the integrity check): replace the loading
  // notice, or it would wait forever. When the probe (probe.js, run before this file) has
  // found the browser too old, its message names the cause and stays.
  // After a panic the app has already drawn its own recovery page, and the notice is gone.
  const status = document.getElementById('boot-status');
  if (status && status.getAttribute('data-cause') !== 'browser') {
    status.textContent = '无法打开本工具：文件没有完整下载，或浏览器不支持。请检查网络后刷新页面；仍不行时，请换用新版本的浏览器。';
    status.className = 'warning';
    status.setAttribute('data-cause', 'download');
  }
  throw error;
}

// A new version (new policy data) is never mixed into a page already open: it
// waits until the user chooses to reload.
let accepted = false;

function offerUpdate(worker) {
  const slot = document.getElementById('update-slot');
  if (!slot || slot.childElementCount) return;
  const box = document.createElement('div');
  box.className = 'update-banner';
  box.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = '本工具有新版本，可能包含更新的政策数据。为避免新旧内容混用，请刷新到新版本后再继续。';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.id = 'update-reload';
  button.textContent = '刷新到新版本';
  button.addEventListener('click', () => {
    accepted = true;
    worker.postMessage('skipWaiting');
  });
  box.append(text, button);
  slot.append(box);
}

if ('serviceWorker' in navigator) {
  // The new worker takes over only after the user accepted; then the page reloads from it.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
  });
  // Where the browser refuses a worker (some private modes), the app still runs, only not offline.
  navigator.serviceWorker.register('./sw.js').then((registration) => {
    if (!registration) return;
    if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
      });
    });
  }, () => {});
}
