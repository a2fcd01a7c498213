// A spread into a call (`Math.max(...xs)`, `list.push(...xs)`) passes every
// element as an argument on the stack: on a long enough document it throws
// "Maximum call stack size exceeded" (a 4.7 MB file was reported clean because
// of one). Core code uses core/arrays.ts (maxOf, minOf, append) instead.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const ROOT = join(__dirname, '..', '..');
/** Rewritten on another branch, which removes their spreads. */
const ELSEWHERE = new Set(['server/src/rules/backup-outlives-deletion.ts', 'server/src/rules/service-name-spelling.ts']);
/** A call's argument list up to a spread that is not a typed rest parameter (`(...keys: string[]) =>`). */
const CALL_SPREAD = /[\w$\])]\s*\((?:[^(){}[\]]*?,)?\s*\.\.\.(?![\w$]+\??\s*:)/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

test('no call in server/src spreads an array into its arguments', () => {
  const found: string[] = [];
  for (const path of sources(join(ROOT, 'server', 'src'))) {
    const name = relative(ROOT, path).replace(/\\/g, '/');
    if (ELSEWHERE.has(name)) continue;
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (CALL_SPREAD.test(line) && !line.trim().startsWith('//')) found.push(`${name}:${i + 1}: ${line.trim()}`);
      });
  }
  assert.deepEqual(found, []);
});

test('the check finds the spreads that overflowed', () => {
  for (const line of ['const longest = Math.max(...days);', 'periods.push(...generations.map((g) => g * interval));', 'Math.max(end, ...group.map((e) => e.end))']) assert.match(line, CALL_SPREAD);
  for (const line of ['export function phrases(...list: string[]): string {', 'const pinnedAny = (...keys: string[]) => x;', 'f({ a, ...rest })', '[...a, ...b]']) assert.doesNotMatch(line, CALL_SPREAD);
});
