// Command-line inputs to files: a file as given, a folder searched for
// whitepapers, a quoted glob expanded here (CI steps often pass one unexpanded).
import { statSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { findPublished } from '../workspace/findPublished';
import { findWhitepapers, IGNORED_FOLDERS } from '../workspace/findWhitepapers';

export interface Inputs {
  readonly files: string[];
  /** Inputs that name nothing readable, with the reason, in the order given. */
  readonly problems: { readonly input: string; readonly reason: 'missing' | 'empty-folder' | 'no-match' }[];
}

export function expandInputs(args: readonly string[]): Inputs {
  const files: string[] = [];
  const problems: Inputs['problems'] = [];
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
      files.push(...found.map((f) => `${input.replace(/[\\/]+$/, '')}/${f}`));
    } else if (stat) {
      files.push(input);
    } else if (/[*?[\]{}]/.test(input)) {
      const found = globSync(input, { ignore: IGNORED_FOLDERS }).sort();
      if (found.length === 0) problems.push({ input, reason: 'no-match' });
      files.push(...found);
    } else {
      problems.push({ input, reason: 'missing' });
    }
  }
  return { files: [...new Set(files)], problems };
}
