import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isMap, isScalar, parseDocument, type Scalar } from 'yaml';
import { scalarSourceMap } from '../../../server/src/parse/scalarSourceMap';

/** Maps `phrase` in the body's value back to the source and returns the source text there. */
function sourceOf(yamlText: string, phrase: string): string {
  const doc = parseDocument(yamlText);
  const contents = doc.contents;
  assert.ok(isMap(contents));
  const body = contents.get('body', true) as unknown as Scalar<string>;
  assert.ok(isScalar(body) && body.range);
  const value = String(body.value);
  const at = value.indexOf(phrase);
  assert.ok(at >= 0, `${phrase} in ${JSON.stringify(value)}`);
  const map = scalarSourceMap(value, yamlText.slice(body.range[0], body.range[1]), body.range[0]);
  return yamlText.slice(map[at], map[at + phrase.length - 1] + 1);
}

test('literal block: indentation removed, positions exact', () => {
  const text = 'body: |\n  ログは180日間保存します。\n    字下げされた行、30日以内。\n  最後の行\n';
  assert.equal(sourceOf(text, '180日間'), '180日間');
  assert.equal(sourceOf(text, '30日以内'), '30日以内');
  assert.equal(sourceOf(text, '最後の行'), '最後の行');
});

test('folded block: a phrase split across lines maps to its first and last characters', () => {
  const text = 'body: >\n  Backups are kept for\n  30 days after the contract ends.\n';
  assert.equal(sourceOf(text, '30 days'), '30 days');
  assert.equal(sourceOf(text, 'for 30 days'), 'for\n  30 days');
});

test('quoted and plain scalars, including escapes and multi-line plain text', () => {
  assert.equal(sourceOf('body: "Logs: 180 days\\n, audit 2 years"\n', 'audit 2 years'), 'audit 2 years');
  assert.equal(sourceOf("body: 'It''s kept 7 generations'\n", '7 generations'), '7 generations');
  assert.equal(sourceOf('body: Backups run daily\n  and are kept 35 days.\n', '35 days'), '35 days');
});

test('every character of a Japanese body maps to the character the author typed', () => {
  const text = 'body: |\n  ログは「180日間」保存します。\n    字下げ、\'引用\' も。\n';
  const doc = parseDocument(text);
  const body = (doc.contents as unknown as { get(key: string, keep: true): Scalar<string> }).get('body', true);
  const value = String(body.value);
  const map = scalarSourceMap(value, text.slice(body.range![0], body.range![1]), body.range![0]);
  for (let i = 0; i < value.length; i++) assert.equal(text[map[i]], value[i], `character ${i}`);
  assert.equal(map[value.length], body.range![1]);
});
