// The whitepapers under a folder: what `wp27017 check <folder>` checks and
// what Go to Symbol in Workspace searches.
import { globSync } from 'tinyglobby';

export const WHITEPAPER_GLOB = '**/*.wp.{yaml,yml}';
export const IGNORED_FOLDERS = ['**/node_modules/**', '**/.git/**'];

/** Paths relative to `folder`, sorted. */
export function findWhitepapers(folder: string): string[] {
  return globSync(WHITEPAPER_GLOB, { cwd: folder, ignore: IGNORED_FOLDERS, absolute: false }).sort();
}
