// Old Chromium builds for the old-engines leg: the npm packages `chromium-109` and
// `chromium-92` (aliases of @sparticuz/chromium 109.0.6 and 92.0.0, pinned in package.json)
// ship a Brotli-compressed Chromium inside the package, built for AWS Lambda on x64.
// The package's own executablePath() inflates every version to the same /tmp/chromium (and
// then returns whatever is there), so two versions would collide: this inflates each into a
// folder of its own, once, and launches it with playwright-core.
import { chromium } from 'playwright-core';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';

const require = createRequire(import.meta.url);

/** The path of the Chromium that the package `chromium-<major>` ships, inflated on first use. */
export async function oldChromiumPath(major) {
  const packageJson = require.resolve(`chromium-${major}/package.json`);
  const { version } = JSON.parse(await readFile(packageJson, 'utf8'));
  const dir = join(tmpdir(), `gongshang-chromium-${version}`);
  const executable = join(dir, 'chromium');
  if (!existsSync(executable)) {
    await mkdir(dir, { recursive: true });
    const partial = `${executable}.${process.pid}.part`;
    await pipeline(createReadStream(join(dirname(packageJson), 'bin', 'chromium.br')), createBrotliDecompress(), createWriteStream(partial, { mode: 0o755 }));
    await rename(partial, executable);
  }
  return executable;
}

// The Lambda build runs as root only without the sandbox; without a GPU it draws in software.
export const OLD_CHROMIUM_ARGS = ['--no-sandbox', '--no-zygote', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launches the Chromium of package `chromium-<major>` headless. */
export async function launchOld(major) {
  return chromium.launch({ executablePath: await oldChromiumPath(major), args: OLD_CHROMIUM_ARGS, timeout: 60000 });
}
