// Trunk post-build hook (see Trunk.toml). In the staging folder it:
//  1. moves trunk's inline loader into boot-<hash>.js, which fetches the
//     WebAssembly with its SHA-384 (Subresource Integrity), so index.html has
//     no inline script and its Content-Security-Policy needs no exception;
//  2. copies the browser probe (assets/probe.js) as probe-<hash>.js with SRI;
//  3. writes sw.js with this build's version and file list, for offline use.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk: TRUNK_STAGING_DIR is not set');
const assets = new URL('../assets/', import.meta.url).pathname;
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const indexPath = join(staging, 'index.html');
let index = await readFile(indexPath, 'utf8');
const loader = index.match(/<script type="module">([\s\S]*?)<\/script>/);
if (!loader) throw new Error('trunk loader script not found in index.html');
const appJs = loader[1].match(/from '\.\/([^']+\.js)'/)?.[1];
const appWasm = loader[1].match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
if (!appJs || !appWasm) throw new Error('could not read the js and wasm names from the loader');

const wasmIntegrity = sri(await readFile(join(staging, appWasm)));
const boot = (await readFile(join(assets, 'boot.js'), 'utf8'))
  .replace('__APP_JS__', appJs)
  .replace('__APP_WASM__', appWasm)
  .replace('__WASM_INTEGRITY__', wasmIntegrity);
const bootName = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 16)}.js`;
await writeFile(join(staging, bootName), boot);
index = index.replace(loader[0], `<script type="module" src="./${bootName}" integrity="${sri(boot)}" crossorigin="anonymous"></script>`);

// The probe (assets/probe.js): a classic script that runs before the module loader and
// words a browser too old to run the app. index.html names it ./probe.js.
const probe = await readFile(join(assets, 'probe.js'), 'utf8');
const probeName = `probe-${createHash('sha256').update(probe).digest('hex').slice(0, 16)}.js`;
const probeTag = '<script src="./probe.js"></script>';
if (!index.includes(probeTag)) throw new Error(`index.html does not load the probe (${probeTag})`);
await writeFile(join(staging, probeName), probe);
index = index.replace(probeTag, `<script src="./${probeName}" integrity="${sri(probe)}" crossorigin="anonymous"></script>`);
await writeFile(indexPath, index);

const files = (await readdir(staging)).filter((f) => f !== 'sw.js' && !f.startsWith('.')).sort();
const version = createHash('sha256');
for (const f of files) version.update(f).update(await readFile(join(staging, f)));
const sw = (await readFile(join(assets, 'sw.js'), 'utf8'))
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  .replace('__ASSETS__', JSON.stringify(['./', ...files.filter((f) => f !== 'index.html').map((f) => `./${f}`)]));
await writeFile(join(staging, 'sw.js'), sw);
console.log(`postbuild: ${bootName}, sw.js caching ${files.length} files`);
