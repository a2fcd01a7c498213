// The bundled CLI as CI runs it: a child process in a given folder, with an
// English locale unless a test says otherwise.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const CLI = resolve(__dirname, '..', '..', 'dist', 'cli.js');

export function wp27017(args: string[], cwd: string, env: Record<string, string> = {}) {
  // Printing a PDF through Chromium takes seconds; the bound only stops a hung browser.
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...env }, timeout: 180_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ROOT = resolve(__dirname, '..', '..');

/** "rule:line" and the message of every finding of `rules` that `check` reports on an eval fixture, in the asked language. */
export function fixtureFindings(fixture: string, rules: readonly string[], lang = 'en'): { at: string; message: string }[] {
  const { stdout } = wp27017(['check', `eval/fixtures/${fixture}`, '--format', 'json', '--lang', lang], ROOT);
  const all: { ruleId: string; line: number; message: string }[] = JSON.parse(stdout).files[0].findings;
  return all.filter((f) => rules.includes(f.ruleId)).map((f) => ({ at: `${f.ruleId}:${f.line}`, message: f.message }));
}
