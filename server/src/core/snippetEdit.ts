// A fix's edits as one snippet, for editors that can run it: each draft marker
// the fix writes becomes a tab stop, so the author tabs from value to value.
// The snippet starts at the beginning of a line because VS Code re-indents a
// snippet's continuation lines by the whitespace before the insertion point;
// from column 0 that is nothing, and the YAML indentation stays as written.
import { findPlaceholders } from '../rules/placeholder';
import type { TextEdit } from './finding';

export interface SnippetEdit {
  readonly start: number;
  readonly end: number;
  readonly snippet: string;
}

const escapeSnippet = (text: string) => text.replace(/[$}\\]/g, '\\$&');

/** Undefined when no edit writes a marker: a plain edit does the job. */
export function snippetEdit(text: string, edits: readonly TextEdit[], markers: (inserted: string) => readonly { start: number; end: number }[]): SnippetEdit | undefined {
  if (edits.length === 0) return undefined;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let stop = 0;
  const parts: string[] = [];
  const start = text.lastIndexOf('\n', sorted[0]!.start - 1) + 1;
  let at = start;
  for (const edit of sorted) {
    parts.push(escapeSnippet(text.slice(at, edit.start)));
    let from = 0;
    for (const marker of markers(edit.text)) {
      parts.push(escapeSnippet(edit.text.slice(from, marker.start)), `\${${++stop}:${escapeSnippet(edit.text.slice(marker.start, marker.end))}}`);
      from = marker.end;
    }
    parts.push(escapeSnippet(edit.text.slice(from)));
    at = edit.end;
  }
  if (stop === 0) return undefined;
  return { start, end: at, snippet: parts.join('') };
}

/**
 * Where a fix's snippet stops: at each draft marker. A marker that begins a line is the start of a prompt
 * ("［要記入］ 記載すべき事項: …"), and the stop takes the whole line, so that typing replaces the prompt.
 */
export function draftTabStops(inserted: string): { start: number; end: number }[] {
  const stops: { start: number; end: number }[] = [];
  for (const marker of findPlaceholders(inserted)) {
    if (stops.length > 0 && marker.start < stops[stops.length - 1]!.end) continue;
    const lineStart = inserted.lastIndexOf('\n', marker.start - 1) + 1;
    const lineEnd = inserted.indexOf('\n', marker.end);
    const prompt = inserted.slice(lineStart, marker.start).trim() === '';
    stops.push(prompt ? { start: marker.start, end: lineEnd === -1 ? inserted.length : lineEnd } : marker);
  }
  return stops;
}
