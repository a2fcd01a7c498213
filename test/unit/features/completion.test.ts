// Completion from the schema while typing: the cursor is marked with $0.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONFIG, WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { provideCompletion } from '../../../server/src/features/completion';
import { yaml } from '../../helpers/annotations';

function complete(source: string, locale: 'en' | 'ja' = 'en') {
  const offset = source.indexOf('$0');
  return provideCompletion(source.replace('$0', ''), offset, WHITEPAPER, locale);
}

const labels = (source: string) => complete(source).map((c) => c.label);

test('top-level keys not yet written', () => {
  assert.deepEqual(labels('whitepaper: 1\nlang: en\n$0'), ['title', 'service', 'numbering', 'version', 'published', 'history', 'contact', 'sections', 'not_applicable']);
});

test('keys of service, and of a section on its own "- " line and below it', () => {
  assert.deepEqual(labels('whitepaper: 1\nservice:\n  name: A\n  $0\n'), ['provider', 'model', 'platform', 'url']);
  const inSection = yaml`
    whitepaper: 1
    sections:
      - title: Backup
        body: x
      - $0
  `;
  assert.deepEqual(labels(inSection), ['title', 'controls', 'body', 'facts', 'sections']);
  const below = yaml`
    sections:
      - title: Backup
        $0
        body: x
  `;
  assert.deepEqual(labels(below), ['controls', 'facts', 'sections']);
});

test('keys of a nested subsection and of facts', () => {
  const nested = yaml`
    sections:
      - title: Operations
        sections:
          - title: Backup
            fa$0
  `;
  assert.ok(labels(nested.replace('fa$0', '$0')).includes('facts'));
  const facts = yaml`
    sections:
      - title: Backup
        facts:
          $0
  `;
  assert.ok(labels(facts).includes('backup.retention'));
});

test('enum values after "key: "', () => {
  assert.deepEqual(labels('service:\n  model: $0'), ['IaaS', 'PaaS', 'SaaS']);
  assert.deepEqual(labels('lang: $0'), ['ja', 'en']);
  const numbering = complete('numbering: $0');
  assert.deepEqual(numbering.map((c) => c.insert), ['"2013"', '"2022"']);
});

test('insert text fits the value: block for mappings, list item for sections, choices for enums', () => {
  const byLabel = new Map(complete('whitepaper: 1\n$0').map((c) => [c.label, c.insert]));
  assert.equal(byLabel.get('service'), 'service:\n  $0');
  assert.equal(byLabel.get('sections'), 'sections:\n  - $0');
  assert.equal(byLabel.get('lang'), 'lang: ${1|ja,en|}$0');
  assert.equal(byLabel.get('whitepaper'), undefined, 'a key already written is not offered again');
});

test('documentation follows the locale', () => {
  const [ja] = complete('service:\n  name: A\n  provider: B\n  $0', 'ja').filter((c) => c.label === 'model');
  assert.match(ja.detail ?? '', /[\u3040-\u30ff\u4e00-\u9fff]/);
});

test('nothing inside prose or after a value', () => {
  assert.deepEqual(labels('sections:\n  - title: Backup\n    body: |\n      Backups run $0'), []);
});

test('rule ids under rules: in .wp27017.yaml, each with its severities, skipping ids already set', () => {
  const source = 'rules:\n  vague-period: off\n  $0\n';
  const items = provideCompletion(source.replace('$0', ''), source.indexOf('$0'), CONFIG, 'en');
  assert.ok(items.some((i) => i.label === 'control-missing'));
  assert.ok(!items.some((i) => i.label === 'vague-period'));
  assert.equal(items.find((i) => i.label === 'placeholder')?.insert, 'placeholder: ${1|off,info,warning,error|}$0');
});

test('fact values: the forms a duration, a frequency and a count take, quoted only where YAML would not read a string', () => {
  const facts = (tail: string) => complete(`sections:\n  - title: Backup\n    facts:\n      ${tail}$0\n`);
  assert.deepEqual(facts('backup.retention: ').map((c) => c.insert), ['30d', '72h', '6m', '2y', 'immediate', 'indefinite']);
  assert.deepEqual(facts('backup.frequency: ').map((c) => c.label), ['daily', 'hourly', 'every 6h', 'weekly']);
  const generations = facts('backup.generations: ');
  assert.ok(generations.length > 0 && generations.every((c) => /^\d+$/.test(c.insert)), JSON.stringify(generations));
  assert.equal(facts('backup.retention: ')[0]!.detail, 'Duration', 'the detail names the form, and the documentation explains it');
  assert.deepEqual(complete('whitepaper: 1\nnumbering: $0\n').map((c) => c.insert), ['"2013"', '"2022"']);
  assert.deepEqual(complete('whitepaper: 1\ntitle: $0\n'), [], 'free text gets no made-up examples');
});
