// The published whitepapers under a folder that only the format readers open
// (PDF, Word, web pages): `wp27017 check <folder>` checks them beside the
// *.wp.yaml files. A file named like a whitepaper beside it (paper.html,
// paper.pdf or paper.docx next to paper.wp.yaml) is that whitepaper as
// `wp27017 render` published it, not another one, and is left out.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { IGNORED_FOLDERS } from './findWhitepapers';

export const PUBLISHED_GLOB = '**/*.{pdf,docx,html,htm,PDF,DOCX,HTML,HTM}';

/** Paths relative to `folder`, sorted. */
export function findPublished(folder: string): string[] {
  const rendered = (path: string) => {
    const stem = join(folder, path.replace(/\.[^./\\]+$/, ''));
    return existsSync(`${stem}.wp.yaml`) || existsSync(`${stem}.wp.yml`);
  };
  return globSync(PUBLISHED_GLOB, { cwd: folder, ignore: IGNORED_FOLDERS, absolute: false })
    .filter((path) => !rendered(path))
    .sort();
}
