// `wp27017 render --pdf`: Chromium prints the standalone HTML with its A4
// print stylesheet. We drive the browser the user has rather than bundle one.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** $WP27017_CHROMIUM, else the first Chromium-family browser on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.WP27017_CHROMIUM;
  if (chosen) return executable(chosen) ? chosen : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) if (executable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

export class PdfError extends Error {}

export function printPdf(html: string, output: string, chromium: string): void {
  const work = mkdtempSync(join(tmpdir(), 'wp27017-pdf-'));
  try {
    const page = join(work, 'whitepaper.html');
    writeFileSync(page, html);
    const target = resolve(output);
    rmSync(target, { force: true });
    const args = ['--headless', '--disable-gpu', '--no-first-run', '--disable-extensions', `--user-data-dir=${join(work, 'profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${target}`];
    // Chromium refuses to start its sandbox as root (CI containers run as root).
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    const result = spawnSync(chromium, [...args, pathToFileURL(page).href], { encoding: 'utf8', timeout: 120_000 });
    if (result.error) throw new PdfError(`${chromium} did not run: ${result.error.message}`);
    if (!existsSync(target) || statSync(target).size === 0) {
      throw new PdfError(`${chromium} wrote no PDF (exit code ${result.status}): ${(result.stderr ?? '').trim().split('\n').slice(-3).join(' ')}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
