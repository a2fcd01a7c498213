// Every fix the rules offer, applied alone to whitepapers written in the ways
// authors write them (block, plain and quoted bodies, flow mappings, nested
// sections, both numberings; Japanese and English) and to generated ones:
// the result is still valid YAML, no error appears that was not there, the
// finding the fix was for is gone, and the snippet an editor may run instead
// writes the same text.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import type { Finding } from '../../../server/src/core/finding';
import { applyEdits } from '../../../server/src/core/fixAll';
import { findingMessage } from '../../../server/src/core/messages';
import { draftTabStops, snippetEdit } from '../../../server/src/core/snippetEdit';
import { importWhitepaper } from '../../../server/src/import/importWhitepaper';
import { HEADER_EN } from '../../fixtures/minimal';
import { expandSnippet } from '../../helpers/snippets';

const HEADER_JA = HEADER_EN.replace('lang: en', 'lang: ja');

const PLAIN_BODIES = {
  en: `${HEADER_EN}sections:
  - title: Event logging
    controls: [12.4.1]
    body: Access logs are kept for a certain period.
  - title: Incidents
    controls: [16.1.2]
    body: "Customers are told promptly."
  - title: Removal of customer data
    controls: [CLD.8.1.5]
    body: 'Data is removed after the contract ends.'
  - title: Backup
    controls: [12.3.1]
    body: Backups run daily and are kept for 14 days.
    facts:
      backup.retention: 30d
`,
  ja: `${HEADER_JA}sections:
  - title: ログ
    controls: [12.4.1]
    body: アクセスログは一定期間保存します。
  - title: インシデント
    controls: [16.1.2]
    body: "お客様には速やかにお知らせします。"
  - title: データの削除
    controls: [CLD.8.1.5]
    body: 'ご契約の終了後にデータを削除します。'
  - title: ログの保護
    controls: [18.1.3]
    body: アクセスログは2年間保存します。
not_applicable:
  CLD.9.5.2:
  CLD.13.1.4: 該当なし
  CLD.12.1.5: ""
`,
};

const NESTED_2022 = `whitepaper: 1
lang: en
title: Example Cloud Security Whitepaper
service: {name: Example Cloud, provider: Example Inc., model: SaaS}
numbering: "2022"
sections:
  - title: 8 Technological controls
    sections:
      - title: 8.15 Backup
        controls: ["8.13"]
        body: |
          Example Clod keeps each backup for 14 days.
        facts: {backup.retention: 30d}
      - title: Logging
        controls: ["8.15"]
        body: |
          Audit logs are kept for 1 year.
          They are
          collected centrally.
  - title: 5 Organizational controls
    sections:
      - title: Records
        controls: ["5.33"]
        body: Audit logs are kept for 2 years.
      - title: Deletion
        controls: [CLD.8.1.5, 12.3.1]
        body: >
          Data is deleted
          when the contract ends.
not_applicable: {CLD.9.5.2: No virtual machines are offered.}
`;

const DOCUMENTS: Record<string, string> = {
  '2022 numbering, nested sections, flow mappings (en)': NESTED_2022,
  'flawed.ja.wp.yaml': readFileSync(join(__dirname, '..', '..', '..', 'examples', 'flawed.ja.wp.yaml'), 'utf8'),
  'plain bodies (en)': PLAIN_BODIES.en,
  'plain bodies (ja)': PLAIN_BODIES.ja,
};

const key = (f: Finding) => `${f.ruleId} ${findingMessage(f, f.ruleId, 'en')}`;

function checkEveryFix(name: string, text: string, atLeast = 5): void {
  const before = createAnalyzer(WHITEPAPER).analyze(text).findings;
  const errorsBefore = new Set(before.filter((f) => f.severity === 'error').map(key));
  let tried = 0;
  for (const finding of before) {
    for (const fix of finding.fixes ?? []) {
      tried++;
      const fixed = applyEdits(text, fix.edits);
      const after = createAnalyzer(WHITEPAPER).analyze(fixed).findings;
      const label = `${finding.ruleId} → ${findingMessage({ ...finding, messageId: fix.messageId, data: fix.data ?? {} }, finding.ruleId, 'en')}`;
      assert.deepEqual(after.filter((f) => f.severity === 'error' && !errorsBefore.has(key(f))).map(key), [], `${label}: no new error\n${fixed}`);
      // An editor that takes snippets gets the same text when the author accepts every stop as it is.
      const snippet = snippetEdit(text, fix.edits, draftTabStops);
      if (snippet) assert.equal(text.slice(0, snippet.start) + expandSnippet(snippet.snippet) + text.slice(snippet.end), fixed, `${label}: the snippet writes the fix`);
      // By count: a generated text may say the same thing, with the same finding, in two places.
      const count = (findings: readonly Finding[]) => findings.filter((f) => key(f) === key(finding)).length;
      assert.ok(count(after) < count(before), `${label}: the finding is gone\n${fixed}`);
    }
  }
  assert.ok(tried >= atLeast, `${name} offers fixes to try (${tried})`);
}

for (const [name, text] of Object.entries(DOCUMENTS)) {
  test(`${name}: every fix keeps the YAML valid and removes its finding`, () => checkEveryFix(name, text));
}

test('whitepapers imported from published text (block bodies with indentation indicators): every fix holds', () => {
  const folder = join(__dirname, '..', '..', 'fixtures', 'published');
  for (const name of readdirSync(folder)) checkEveryFix(`imported ${name}`, importWhitepaper(readFileSync(join(folder, name), 'utf8'), name).yaml, 1);
});

test('the benchmark\'s generated whitepapers (many findings of every kind, ja and en): every fix holds', async () => {
  const { generateWhitepaper } = await import('../../../scripts/generateWhitepaper.mjs');
  for (const lang of ['ja', 'en'] as const) checkEveryFix(`generated 8 kB (${lang})`, generateWhitepaper(8_000, { lang, seed: 3 }));
});
