// Where the WebAssembly's size goes, for #14's cuts: the shipped file's code and data
// (raw and gzip-compressed), and the code by owner (crate or app module) from the release
// wasm before wasm-bindgen and wasm-opt, which still has function names (`twiggy top`).
// Shares before wasm-opt are indicative: wasm-opt shrinks every owner, not all alike.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { compress } from '../tests/e2e/harness.mjs';

const NAMED = new URL('../target/wasm32-unknown-unknown/release/gongshang.wasm', import.meta.url).pathname;
const DIST = new URL('../dist/', import.meta.url).pathname;

/** The sizes of a wasm file's sections by id: 10 is code, 11 data. */
function sections(bytes) {
  const out = new Map();
  let i = 8;
  while (i < bytes.length) {
    const id = bytes[i++];
    let size = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[i++];
      size += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
    }
    out.set(id, bytes.subarray(i, i + size));
    i += size;
  }
  return out;
}

/** `gongshang::ui::benefits`, `yew::html`, `rust_decimal` … from a function's name. */
function owner(name) {
  if (name.startsWith('data segment')) return 'data (text and tables)';
  const path = (name.startsWith('<') ? name.slice(1) : name).split(/[ <>(]/)[0].split('::');
  if (path[0] === 'gongshang') return path.slice(0, path[1] === 'ui' ? 3 : 2).join('::');
  if (path[0] === 'yew') return path.slice(0, 2).join('::');
  return path[0] || name;
}

/**
 * `baselineBr`: the empty Yew page's wasm, brotli bytes (from the bench), to set the
 * data section beside what any Yew app ships before its own code.
 */
export function sizeReport(baselineBr) {
  const shipped = readdirSync(DIST).find((f) => f.endsWith('.wasm'));
  const parts = sections(readFileSync(DIST + shipped));
  const kb = (n) => (n / 1024).toFixed(1);
  console.log('\n### Where the WebAssembly goes\n');
  console.log('| part of the shipped wasm | raw KB | gzip KB | brotli KB |\n|---|---:|---:|---:|');
  const brotli = {};
  for (const [id, name] of [[10, 'code'], [11, 'data']]) {
    const body = parts.get(id) ?? new Uint8Array();
    brotli[name] = compress(body, 'br').length;
    console.log(`| ${name} | ${kb(body.length)} | ${kb(compress(body, 'gzip').length)} | ${kb(brotli[name])} |`);
  }
  if (baselineBr !== undefined) {
    console.log(`\nThe data alone (policy figures and sources, wording, tables) is ${kb(brotli.data)} KB brotli; with the empty Yew page's ${kb(baselineBr)} KB that is ${kb(brotli.data + baselineBr)} KB before any of the app's own code.`);
  }
  let csv;
  try {
    csv = execFileSync('twiggy', ['top', '-n', '100000', '--format', 'csv', NAMED], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch {
    console.log('\n(twiggy not found: owners not listed)');
    return;
  }
  const rows = csv.trim().split('\n').slice(1).map((line) => {
    const m = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+)/);
    return m ? { name: m[1].replace(/^"|"$/g, '').replace(/""/g, '"'), size: Number(m[2]) } : null;
  // wasm-bindgen strips its describe functions and their exports, and the sections listed.
  }).filter((r) => r && !/^(custom section|export |import )/.test(r.name) && !r.name.includes('subsection') && !r.name.includes('__wbindgen_describe'));
  const byOwner = new Map();
  for (const r of rows) byOwner.set(owner(r.name), (byOwner.get(owner(r.name)) ?? 0) + r.size);
  const total = rows.reduce((a, r) => a + r.size, 0);
  console.log('\n| owner (before wasm-opt) | KB | share |\n|---|---:|---:|');
  for (const [name, size] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.log(`| ${name} | ${kb(size)} | ${((100 * size) / total).toFixed(1)} % |`);
  }
  console.log('\n| largest items (before wasm-opt) | KB |\n|---|---:|');
  for (const r of rows.slice(0, 20)) console.log(`| ${r.name.replace(/::h[0-9a-f]{16}$/, '').replaceAll('|', '\\|').slice(0, 110)} | ${kb(r.size)} |`);
}

if (import.meta.url === `file://${process.argv[1]}`) sizeReport();
