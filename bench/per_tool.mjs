// What each page would ship if it were a bundle of its own (for #14: would splitting
// the app per tool reach 100 KB brotli?). In a scratch copy of the tracked files it
// builds the app once per page with every other page cut out of `App`'s route match
// (link-time optimisation then drops their code and data), the way trunk builds it,
// and prints each wasm's size. Not part of `scripts/bench`: it takes minutes.
// Run `scripts/setup` first; then `node bench/per_tool.mjs`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compress } from '../tests/e2e/harness.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
// Kept between runs, so only the first one builds the dependencies.
const TARGET = join(ROOT, 'target', 'per-tool');
const PAGES = { all: null, home: 'home::Home', premium: 'premium::PremiumPage', enroll: 'enroll::EnrollPage', advance: 'advance::AdvancePage', benefits: 'benefits::BenefitsPage', rules: 'rules::Rules' };
const MATCH = '    let page = match arrival.route {\n';
const env = { ...process.env, PATH: `${ROOT}node_modules/.bin:${process.env.HOME}/.cargo/bin:${process.env.PATH}` };
/** Runs a build step; its messages (the cut pages leave dead-code warnings) are shown only when it fails. */
function run(cmd, args, cwd) {
  try {
    execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    process.stderr.write(error.stderr ?? '');
    throw error;
  }
}

/** `App`'s route match with only the arm drawing `component` (and a catch-all drawing nothing). */
function onlyPage(source, component) {
  const start = source.indexOf(MATCH);
  const end = source.indexOf('\n    };\n', start);
  if (start < 0 || end < 0) throw new Error("src/ui/mod.rs: App's route match not found; update bench/per_tool.mjs");
  const arms = source.slice(start + MATCH.length, end).split(/\n(?= {8}Route::)/);
  const kept = arms.filter((arm) => arm.includes(`<${component} `));
  if (kept.length !== 1) throw new Error(`src/ui/mod.rs: no single arm draws ${component}`);
  return `${source.slice(0, start)}${MATCH}${kept[0]}\n        _ => html! {},${source.slice(end)}`;
}

const scratch = mkdtempSync(join(tmpdir(), 'per-tool-'));
try {
  for (const file of execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n')) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    cpSync(join(ROOT, file), join(scratch, file));
  }
  const routes = join(scratch, 'src/ui/mod.rs');
  const original = readFileSync(routes, 'utf8');
  console.log('| page alone | wasm raw KB | gzip KB | brotli KB |\n|---|---:|---:|---:|');
  for (const [page, component] of Object.entries(PAGES)) {
    writeFileSync(routes, component ? onlyPage(original, component) : original);
    run('cargo', ['build', '--quiet', '--release', '--target', 'wasm32-unknown-unknown', '--bin', 'gongshang', '--target-dir', TARGET], scratch);
    const out = join(scratch, 'out');
    run('wasm-bindgen', ['--target', 'web', '--out-dir', out, join(TARGET, 'wasm32-unknown-unknown/release/gongshang.wasm')], scratch);
    // The level index.html asks trunk for (data-wasm-opt="z"), with the features rustc's output uses.
    run('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals',
      join(out, 'gongshang_bg.wasm'), '-o', join(out, 'opt.wasm')], scratch);
    const wasm = readFileSync(join(out, 'opt.wasm'));
    const kb = (n) => (n / 1024).toFixed(1);
    console.log(`| ${page === 'all' ? 'the whole app (as shipped)' : page} | ${kb(wasm.length)} | ${kb(compress(wasm, 'gzip').length)} | ${kb(compress(wasm, 'br').length)} |`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
