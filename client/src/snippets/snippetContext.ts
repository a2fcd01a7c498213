// Where each kind of snippet belongs, so that the completion list offers a
// whole whitepaper only at the top of an empty file, and a section or a
// section's facts only under `sections:`. Pure: the unit tests read it too.

/** The snippet files in snippets/, by where their snippets belong. */
export const SNIPPET_FILES = {
  top: ['whitepaper.code-snippets'],
  sections: ['controls.en.code-snippets', 'controls.ja.code-snippets', 'facts.en.code-snippets', 'facts.ja.code-snippets'],
} as const;

export type SnippetPlace = keyof typeof SNIPPET_FILES;

/** Snippets named here belong with the sections even though their file holds whole whitepapers. */
export const SECTION_SNIPPETS_IN_TOP_FILE = ['Section'];

const indentOf = (line: string) => line.length - line.trimStart().length;
const blankOrComment = (line: string) => line.trim() === '' || line.trim().startsWith('#');

/**
 * Where the cursor is, from the lines above it and the text before it on its line: at the top of a file
 * that holds nothing yet, under a `sections:` key (in a section item, or starting one), or neither.
 */
export function snippetPlace(linesAbove: readonly string[], lineBefore: string): SnippetPlace | undefined {
  const typed = lineBefore.trimStart();
  // One word being typed (after a list dash): a snippet's prefix, not prose.
  if (/\s/.test(typed.replace(/^-\s+/, ''))) return undefined;
  const item = typed.startsWith('-');
  if (linesAbove.every(blankOrComment) && indentOf(lineBefore) === 0 && !item) return 'top';
  let limit = indentOf(lineBefore);
  for (let i = linesAbove.length - 1; i >= 0; i--) {
    const line = linesAbove[i];
    if (blankOrComment(line)) continue;
    const at = indentOf(line);
    const isSections = /^\s*(?:-\s+)?sections:\s*(?:#.*)?$/.test(line);
    if (isSections && (at < limit || (at === limit && item))) return 'sections';
    if (at >= limit) continue;
    // A section item: go on up to the `sections:` that holds it.
    if (/^\s*-\s/.test(line)) {
      limit = at;
      continue;
    }
    // Under some other key (`service:`, a `body: |` of prose): no snippet belongs here.
    return undefined;
  }
  return undefined;
}
