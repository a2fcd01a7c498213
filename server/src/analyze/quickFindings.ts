// What a segment's parse and its schema check find: an open's first report shows these before any rule has run, so
// the cap keeps them apart from the rest (placeFindings.ts), or a rule's findings earlier in the text could take back
// one the first report showed.
import type { Finding } from '../core/finding';
import yamlSyntax from '../rules/yaml-syntax';

/** Marked where they are made and where they are placed: rules of the schema (placeholder, control-unknown) also run later. */
const quick = new WeakSet<Finding>();

export function markQuick(findings: readonly Finding[]): void {
  for (let i = 0; i < findings.length; i++) quick.add(findings[i]);
}

/** `placed` (a copy of `finding` at another place) is quick when `finding` is. */
export function placedAs(finding: Finding, placed: Finding): void {
  if (placed !== finding && quick.has(finding)) quick.add(placed);
}

/** A syntax error is quick wherever it is made (a segment that fails, a text too large). */
export const isQuick = (finding: Finding): boolean => finding.ruleId === yamlSyntax.id || quick.has(finding);
