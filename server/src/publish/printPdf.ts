// A whitepaper as PDF: Chromium prints the standalone HTML with its A4 print
// stylesheet. We drive the browser the user has rather than bundle one. Used
// by `wp27017 render --pdf` and by "Export to PDF" through the server, so it
// never blocks: the language server keeps answering while Chromium prints.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Localized } from '../core/locale';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];
/** Printing a long whitepaper takes seconds; a browser that hangs is stopped. */
const TIMEOUT_MS = 120_000;

export const NO_CHROMIUM: Localized = {
  en: 'no Chromium found to print the PDF: install one (Debian/Ubuntu: apt install chromium) or set WP27017_CHROMIUM to its path; HTML export needs nothing',
  ja: 'PDF を出力する Chromium が見つかりません。インストールする(Debian/Ubuntu: apt install chromium)か、WP27017_CHROMIUM にそのパスを設定してください。HTML の書き出しには不要です',
};

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

function runChromium(chromium: string, args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(chromium, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr = (stderr + String(chunk)).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(new PdfError(`${chromium} did not run: ${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    });
  });
}

export async function printPdf(html: string, output: string, chromium: string): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'wp27017-pdf-'));
  try {
    const page = join(work, 'whitepaper.html');
    writeFileSync(page, html);
    const target = resolve(output);
    rmSync(target, { force: true });
    const args = ['--headless', '--disable-gpu', '--no-first-run', '--disable-extensions', `--user-data-dir=${join(work, 'profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${target}`];
    // Chromium refuses to start its sandbox as root (CI containers run as root).
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    const { code, stderr } = await runChromium(chromium, [...args, pathToFileURL(page).href]);
    if (!existsSync(target) || statSync(target).size === 0) {
      throw new PdfError(`${chromium} wrote no PDF (exit code ${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
