// Keeps every rule findable by its id: code, docs page (both languages, fixed
// headings), test file, and a row in the README's rule table.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CONFIG } from '../../server/src/analyze/documentKind';
import { rules } from '../../server/src/rules';

const CONFIG_RULE_IDS = (CONFIG.schema.properties.rules as { propertyNames: { enum: string[] } }).propertyNames.enum;

const ROOT = join(__dirname, '..', '..');
const HEADINGS = ['## Why', '## Examples', '## Options', '## Related controls'];

for (const rule of rules) {
  test(`${rule.id}: code, docs, tests and README agree`, () => {
    assert.match(rule.id, /^[a-z]+(-[a-z0-9]+)*$/);
    assert.ok(existsSync(join(ROOT, 'server', 'src', 'rules', `${rule.id}.ts`)), 'rule file named by its id');
    assert.ok(existsSync(join(ROOT, 'test', 'unit', 'rules', `${rule.id}.test.ts`)), 'test file named by its id');
    const docs = readFileSync(join(ROOT, 'docs', 'rules', `${rule.id}.md`), 'utf8');
    assert.ok(docs.startsWith(`# ${rule.id}\n`), 'docs page titled by the id');
    let at = -1;
    for (const heading of HEADINGS) {
      const next = docs.indexOf(`\n${heading}\n`);
      assert.ok(next > at, `docs page has "${heading}" after the previous heading`);
      at = next;
    }
    assert.match(docs, /[\u3040-\u30ff]/, 'docs page has a Japanese explanation');
    assert.match(docs, new RegExp(`\\*\\*Severity:\\*\\* ${rule.severity}\\b`), 'docs page states the default severity');
    assert.match(readFileSync(join(ROOT, 'README.md'), 'utf8'), new RegExp(`\\[\`${rule.id}\`\\]\\(docs/rules/${rule.id}\\.md\\)`), 'README links the rule');
    assert.ok(CONFIG_RULE_IDS.includes(rule.id), 'the config schema lists the id, so .wp27017.yaml may set its severity');
    for (const [id, message] of Object.entries(rule.messages)) {
      assert.ok(message.en.trim() && message.ja.trim(), `${id} has en and ja`);
      assert.match(message.ja, /[\u3040-\u30ff\u4e00-\u9fff]/, `${id}.ja is Japanese`);
    }
  });
}

test('the config schema lists no rule that does not exist', () => {
  assert.deepEqual(CONFIG_RULE_IDS.filter((id) => !rules.some((rule) => rule.id === id)), []);
});
