// Finds and reads the .wp27017.yaml that governs a file: the nearest one in
// the file's folder or above it. Shared by the CLI and the server (I/O edge).
import { statSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';
import { CONFIG_FILE_NAMES } from '../analyze/documentKind';
import { readRegularFile } from '../workspace/readRegularFile';

export function findConfigFile(fromFile: string, stopAt?: string): string | undefined {
  let dir = dirname(fromFile);
  const root = parse(dir).root;
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // Not there: keep looking.
      }
    }
    if (dir === root || dir === stopAt) return undefined;
    dir = dirname(dir);
  }
}

/** Throws a FileReadError for what is not a regular file or is over the size cap. */
export function readTextFile(path: string): string {
  return readRegularFile(path);
}
