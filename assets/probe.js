// Runs before the app's module loader (boot-<hash>.js), as a classic script in ES5 so that
// every browser runs it, even a page in a domestic browser's IE-compatible mode, which
// never runs a module script. It checks what this build needs (tests/old, README "Which
// browsers"): WebAssembly compilation allowed by the page's Content-Security-Policy
// ('wasm-unsafe-eval', Chrome 97), the WebAssembly features the shipped file uses
// (reference types, Chrome 96; multi-value; bulk memory; saturating float-to-int;
// sign extension) and module scripts. When one is missing it says which browser is too
// old and the minimum versions, instead of the loader's "download failed" message, which
// stays for a real download or integrity failure. And the loading notice never waits
// forever: if the app has not started after WAIT_MS, it says what to try.
// scripts/postbuild.mjs copies it as probe-<hash>.js with Subresource Integrity;
// tests/e2e/probe.test.mjs checks that it parses as ES5.
(function () {
  'use strict';

  var MINIMUM = 'Chrome 或 Edge 97、Firefox 102、Safari 16';
  var FAST_MODE = '使用 360、QQ 等双核浏览器时，请点击地址栏右侧的图标，切换到“极速模式”';
  var WAIT_MS = 25000;

  // The smallest modules that use each feature; WebAssembly.validate says whether this
  // browser knows it. Each was assembled from its text form and checked with binaryen.
  var FEATURES = [
    // (module (func (param externref)))
    ['reference types', [0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 1, 111, 0, 3, 2, 1, 0, 10, 4, 1, 2, 0, 11]],
    // (module (func (result i32 i32) (i32.const 0) (i32.const 0)))
    ['multi-value', [0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 0, 2, 127, 127, 3, 2, 1, 0, 10, 8, 1, 6, 0, 65, 0, 65, 0, 11]],
    // (module (memory 1) (func (memory.copy (i32.const 0) (i32.const 0) (i32.const 0))))
    ['bulk memory', [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 5, 3, 1, 0, 1, 10, 14, 1, 12, 0, 65, 0, 65, 0, 65, 0, 252, 10, 0, 0, 11]],
    // (module (func (result i32) (i32.trunc_sat_f32_s (f32.const 0))))
    ['non-trapping float-to-int', [0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0, 10, 11, 1, 9, 0, 67, 0, 0, 0, 0, 252, 0, 11]],
    // (module (func (result i32) (i32.extend8_s (i32.const 0))))
    ['sign extension', [0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0, 10, 7, 1, 5, 0, 65, 0, 192, 11]]
  ];
  var EMPTY_MODULE = [0, 97, 115, 109, 1, 0, 0, 0];

  /** Replaces the loading notice, if it is still there (the app clears it when it starts). */
  function say(text, cause) {
    var status = document.getElementById('boot-status');
    if (!status) return;
    while (status.firstChild) status.removeChild(status.firstChild);
    status.appendChild(document.createTextNode(text));
    status.className = 'warning';
    status.setAttribute('data-cause', cause);
  }

  /** The browser as its user knows it, from the user agent: "Chrome 92", "Firefox 78"… */
  function browserName() {
    var ua = navigator.userAgent || '';
    var m;
    if ((m = /Edg(?:e|A|iOS)?\/(\d+)/.exec(ua))) return 'Edge ' + m[1];
    if ((m = /Firefox\/(\d+)/.exec(ua))) return 'Firefox ' + m[1];
    if ((m = /(?:Chrome|Chromium|CriOS)\/(\d+)/.exec(ua))) {
      var domestic = /QQBrowser|360SE|360EE|MetaSr|LBBROWSER|2345Explorer|UBrowser|Maxthon|TheWorld/.test(ua);
      return (domestic ? 'Chromium 内核 ' : 'Chrome ') + m[1];
    }
    if ((m = /Version\/(\d+(?:\.\d+)?).*Safari\//.exec(ua))) return 'Safari ' + m[1];
    return '';
  }

  function tooOld(missing) {
    var name = browserName();
    if (window.console && console.warn) console.warn('本工具需要的浏览器功能缺失：' + missing);
    say('无法打开本工具：您的浏览器版本过旧' + (name ? '（' + name + '）' : '') + '，不支持本工具需要的功能。' +
      '请使用 ' + MINIMUM + ' 及以上版本的浏览器；' + FAST_MODE + '，或把浏览器升级到最新版本。', 'browser');
  }

  /** The first thing this browser lacks, or '' when it has everything the build needs. */
  function missing() {
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.validate !== 'function' || typeof Uint8Array === 'undefined') {
      return 'WebAssembly';
    }
    if (!('noModule' in document.createElement('script'))) return 'module scripts';
    for (var i = 0; i < FEATURES.length; i++) {
      if (!WebAssembly.validate(new Uint8Array(FEATURES[i][1]))) return 'WebAssembly ' + FEATURES[i][0];
    }
    // The page's policy allows WebAssembly only through 'wasm-unsafe-eval', which a browser
    // before it (Chrome < 97) does not know: it then refuses every compilation.
    try {
      new WebAssembly.Module(new Uint8Array(EMPTY_MODULE));
    } catch (e) {
      return "'wasm-unsafe-eval' (" + e + ')';
    }
    return '';
  }

  if (!document.getElementById('boot-status')) return;

  // An IE-compatible mode (Trident) has neither WebAssembly nor module scripts.
  if (document.documentMode || /MSIE |Trident\//.test(navigator.userAgent || '')) {
    say('无法打开本工具：当前页面使用的是 IE 兼容模式。请点击地址栏右侧的图标（如闪电或“e”图标），切换到“极速模式”后刷新页面；' +
      '或使用 ' + MINIMUM + ' 及以上版本的浏览器。', 'browser');
    return;
  }

  var lack;
  try {
    lack = missing();
  } catch (e) {
    lack = String(e);
  }
  // What the probe found, for the tests: "ok", or what is missing.
  document.documentElement.setAttribute('data-probe', lack || 'ok');
  if (lack) {
    tooOld(lack);
  } else if (window.addEventListener) {
    // A loader the browser cannot parse (top-level await: Firefox < 89) fails before it can
    // say anything; its syntax error reaches the window.
    window.addEventListener('error', function (event) {
      if (event && /SyntaxError/.test(String(event.message)) && /\/(boot|gongshang)-[0-9a-f]+\.js/.test(String(event.filename))) {
        tooOld(String(event.message));
      }
    });
  }

  window.setTimeout(function () {
    var status = document.getElementById('boot-status');
    // Gone: the app started. Marked: a message already says why it did not.
    if (!status || status.getAttribute('data-cause')) return;
    say('本工具还没有打开。请依次尝试：刷新页面（按 F5）；' + FAST_MODE + '；换用 ' + MINIMUM +
      ' 及以上版本的浏览器。网络很慢时，也可以再等一会儿。', 'timeout');
  }, WAIT_MS);
})();
