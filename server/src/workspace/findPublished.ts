// The published whitepapers under a folder that only the format readers open
// (PDF, Word, web pages): `wp27017 check <folder>` checks them beside the
// *.wp.yaml files.
import { globSync } from 'tinyglobby';
import { IGNORED_FOLDERS } from './findWhitepapers';

export const PUBLISHED_GLOB = '**/*.{pdf,docx,html,htm,PDF,DOCX,HTML,HTM}';

/** Paths relative to `folder`, sorted. */
export function findPublished(folder: string): string[] {
  return globSync(PUBLISHED_GLOB, { cwd: folder, ignore: IGNORED_FOLDERS, absolute: false }).sort();
}
