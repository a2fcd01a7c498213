// A report whose findings neither changed nor moved is given again as it was; one whose findings moved to another
// line or column is made again, equal to a fresh conversion.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../../server/src/core/finding';
import { DiagnosticCache, toDiagnostics } from '../../../server/src/lsp/diagnostics';

const options = { locale: 'en' as const, docsBase: 'file:///docs/' };

function finding(start: number, end: number): Finding {
  return { start, end, ruleId: 'control-unknown', messageId: 'unknown', data: { id: '9.9.9' }, severity: 'warning' };
}

test('an unchanged report is the last one, a moved one is made again', () => {
  const cache = new DiagnosticCache();
  const text = 'a: 1\nb: 2\nc: 3\n';
  const findings = [finding(5, 6), finding(10, 11)];
  const first = cache.convert(findings, TextDocument.create('file:///p.wp.yaml', 'iso27017-whitepaper', 1, text), options);
  // An edit after the findings: the same findings, the same places.
  const after = TextDocument.create('file:///p.wp.yaml', 'iso27017-whitepaper', 2, `${text}d: 4\n`);
  assert.equal(cache.convert(findings, after, options), first);
  // A line added above them: the same findings (relative to their segment, placed anew) a line lower.
  const moved = [finding(10, 11), finding(15, 16)];
  const above = TextDocument.create('file:///p.wp.yaml', 'iso27017-whitepaper', 3, `x: 0\n${text}d: 4\n`);
  const again = cache.convert(moved, above, options);
  assert.notEqual(again, first);
  assert.deepEqual(again, toDiagnostics(moved, above, options));
  // The same finding objects, moved in the text under them: each checked, none given at its old place.
  const shifted = TextDocument.create('file:///p.wp.yaml', 'iso27017-whitepaper', 4, `x: 0\n\n${text}d: 4\n`);
  assert.deepEqual(cache.convert(moved, shifted, options), toDiagnostics(moved, shifted, options));
});
