// Each rule's docs page (docs/rules/<id>.md), for SARIF's `help`: GitHub code
// scanning shows it beside the alert, so a reviewer in CI reads why the rule
// exists and how to fix it without leaving the pull request. Read from disk
// at run time: the .vsix and the repository ship the pages next to dist/.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folders from here up to the root, nearest first: the bundle runs from dist/, the sources from server/src/cli/. */
function* ancestors(from: string): Generator<string> {
  for (let dir = from; ; dir = dirname(dir)) {
    yield dir;
    if (dirname(dir) === dir) return;
  }
}

export function ruleHelp(id: string): string | undefined {
  for (const dir of ancestors(__dirname)) {
    try {
      return readFileSync(join(dir, 'docs', 'rules', `${id}.md`), 'utf8');
    } catch {
      // Not in this folder: try the one above.
    }
  }
  return undefined;
}
