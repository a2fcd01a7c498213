// Files the extension ships beside its bundles (docs/rules/*.md, media/*.css),
// read at run time. The bundles run from dist/, the sources from server/src/…;
// both find them by walking up to the folder that holds them.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function* ancestors(from: string): Generator<string> {
  for (let dir = from; ; dir = dirname(dir)) {
    yield dir;
    if (dirname(dir) === dir) return;
  }
}

/** The text of `relativePath` in the nearest folder above this module that has it. */
export function readShippedFile(relativePath: string): string | undefined {
  for (const dir of ancestors(__dirname)) {
    try {
      return readFileSync(join(dir, relativePath), 'utf8');
    } catch {
      // Not in this folder: try the one above.
    }
  }
  return undefined;
}
