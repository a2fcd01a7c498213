// Command-line inputs to files: a file as given, a folder searched for
// whitepapers, a quoted glob expanded here (CI steps often pass one unexpanded).
import { statSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { findPublished } from '../workspace/findPublished';
import { findWhitepapers, IGNORED_FOLDERS } from '../workspace/findWhitepapers';

export interface Inputs {
  readonly files: string[];
  /** For a file found in a folder given on the command line: that folder (what `--fix` may change stays inside it). */
  readonly folderOf: ReadonlyMap<string, string>;
  /** Inputs that name nothing readable, with the reason, in the order given. */
  readonly problems: { readonly input: string; readonly reason: 'missing' | 'empty-folder' | 'no-match' }[];
}

export function expandInputs(args: readonly string[]): Inputs {
  const files: string[] = [];
  const seen = new Set<string>();
  const folderOf = new Map<string, string>();
  const problems: Inputs['problems'] = [];
  const add = (file: string, folder?: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push(file);
    if (folder !== undefined) folderOf.set(file, folder);
  };
  for (const input of args) {
    let stat;
    try {
      stat = statSync(input);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found = [...findWhitepapers(input), ...findPublished(input)];
      if (found.length === 0) problems.push({ input, reason: 'empty-folder' });
      const folder = input.replace(/[\\/]+$/, '');
      for (const f of found) add(`${folder}/${f}`, folder || '/');
    } else if (stat) {
      add(input);
    } else if (/[*?[\]{}]/.test(input)) {
      const found = globSync(input, { ignore: IGNORED_FOLDERS }).sort();
      if (found.length === 0) problems.push({ input, reason: 'no-match' });
      for (const f of found) add(f, '.');
    } else {
      problems.push({ input, reason: 'missing' });
    }
  }
  return { files, folderOf, problems };
}
