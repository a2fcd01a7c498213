// Every `wp27017` example in the README runs as written from the repository
// root: the shell lines, the CI workflow's `run:` steps and the inline ones.
// They run in a copy of the repository's examples, through `npx`, which a
// stand-in on PATH points at the bundled dist/cli.js. Exit 1 (findings) is
// fine; exit 2 means a file that does not exist or an option that does not.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';

const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

/** The README's command lines that call wp27017. */
export function readmeExamples(readme: string): string[] {
  const lines: string[] = [];
  for (const [, lang, body] of readme.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)) {
    for (const line of body.split('\n')) {
      if (lang === 'sh' && /\bnpx wp27017\b/.test(line)) lines.push(line.trim());
      const step = /^\s*- run: (npx wp27017 .*)$/.exec(line);
      if (lang === 'yaml' && step) lines.push(step[1]);
    }
  }
  for (const [, inline] of readme.matchAll(/`(npx wp27017 [^`]+)`/g)) lines.push(inline);
  return lines;
}

describe('the README\'s examples', () => {
  const examples = readmeExamples(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  const work = mkdtempSync(join(tmpdir(), 'wp27017-readme-'));
  cpSync(join(ROOT, 'examples'), join(work, 'examples'), { recursive: true });
  const bin = join(work, '.bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'npx'), `#!/bin/sh\nif [ "$1" = wp27017 ]; then shift; exec "${process.execPath}" "${CLI}" "$@"; fi\necho "npx $1: not this test's" >&2; exit 127\n`);
  chmodSync(join(bin, 'npx'), 0o755);

  test('there are examples of every command', () => {
    for (const command of ['check', 'coverage', 'import', 'render']) assert.ok(examples.some((e) => e.includes(`wp27017 ${command} `)), command);
  });

  for (const example of examples) {
    test(example, () => {
      const run = spawnSync('bash', ['-c', example], {
        cwd: work,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, LANG: 'C', LC_ALL: '' },
        timeout: 180_000,
      });
      assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}\n${run.stderr}`);
      for (const written of example.match(/(?<=(?:-o|--output) )\S+/g) ?? []) assert.ok(existsSync(join(work, written)), `${written} was written`);
    });
  }
});
