// The snippets are generated from the catalog and the schema, and every one of
// them, taken with its defaults, must give a whitepaper the checker accepts:
// no error, nothing from the format rules, and the controls it names answered.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { createAnalyzer } from '../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../server/src/analyze/documentKind';
import { editionsOf, expectedControls } from '../../server/src/catalog';
import type { Finding } from '../../server/src/core/finding';
import { answeredIds } from '../../server/src/coverage/coverage';
import whitepaperSchema from '../../schemas/whitepaper.schema.json';
import packageJson from '../../package.json';
import { FACT_BLOCKS, generatedFiles, skeletonData } from '../../scripts/genSnippets';
import { sectionPlans, whitepaperFileName, whitepaperSkeleton, whitepaperSkeletonToFill, yamlString, type Lang, type Numbering, type ServiceModel } from '../../client/src/snippets/skeleton';
import { SKELETON_DATA } from '../../client/src/snippets/skeletonData.generated';
import { SNIPPET_FILES } from '../../client/src/snippets/snippetContext';
import { expandSnippet, insertAtEnd, parseSnippetFile } from '../helpers/snippets';

const ROOT = join(__dirname, '..', '..');
const SNIPPETS = join(ROOT, 'snippets');
const FORMAT_RULES = ['yaml-syntax', 'duplicate-key', 'unknown-key', 'missing-key', 'invalid-value', 'control-unknown', 'control-duplicate', 'title-numbering'];
const VARIABLES = { CURRENT_YEAR: '2025', CURRENT_MONTH: '04', CURRENT_DATE: '01' };
const EXPECTED_IDS = new Set(expectedControls().map((c) => c.id));

const analyze = (text: string) => createAnalyzer(WHITEPAPER).analyze(text).findings;
const show = (findings: readonly Finding[]) => findings.map((f) => `${f.ruleId}/${f.messageId} ${JSON.stringify(f.data)}`);
// A lone section leaves the other expected controls missing, some of them as errors: those are counted, not listed.
const formatProblems = (findings: readonly Finding[]) =>
  show(findings.filter((f) => FORMAT_RULES.includes(f.ruleId) || (f.severity === 'error' && f.ruleId !== 'control-missing')));

function header(lang: Lang, numbering: Numbering): string {
  return ['whitepaper: 1', `lang: ${lang}`, 'title: Snippet check', 'service:', '  name: Example Cloud', '  provider: Example Inc.', '  model: SaaS', `numbering: "${numbering}"`, 'sections:', ''].join('\n');
}

test('the committed snippet files and skeleton data are what scripts/genSnippets.ts makes from the catalog', () => {
  for (const [path, content] of generatedFiles()) {
    assert.ok(readFileSync(join(ROOT, path), 'utf8') === content, `${path} differs from what the generator makes: run npm run snippets`);
  }
});

test('every snippet file is offered by the extension\'s snippet completion, where it belongs; none is contributed to every place', () => {
  assert.equal((packageJson.contributes as { snippets?: unknown }).snippets, undefined);
  const files = readdirSync(SNIPPETS).filter((name) => name.endsWith('.code-snippets'));
  assert.deepEqual([...SNIPPET_FILES.top, ...SNIPPET_FILES.sections].sort(), files.sort());
});

test('each language has a section snippet per expected control, typed by its id, and one per 2022 counterpart', () => {
  for (const lang of ['en', 'ja'] as const) {
    const snippets = Object.values(parseSnippetFile(readFileSync(join(SNIPPETS, `controls.${lang}.code-snippets`), 'utf8')));
    const prefixes = new Set(snippets.flatMap((s) => s.prefix));
    for (const control of expectedControls()) {
      assert.ok(prefixes.has(control.id), `${lang}: ${control.id}`);
      for (const id of control.ids2022) assert.ok(prefixes.has(id), `${lang}: ${id} (2022 for ${control.id})`);
    }
    assert.ok(prefixes.has('backup') && prefixes.has(lang === 'ja' ? 'バックアップ' : 'encryption'), `${lang}: words as prefixes`);
  }
});

test('every fact key of the schema has a fact-block snippet', () => {
  const facts = whitepaperSchema.$defs.facts;
  const keys = [...Object.keys(facts.properties), ...Object.keys(facts.patternProperties).map(() => 'log.retention.*')];
  assert.deepEqual([...new Set(FACT_BLOCKS.flatMap((b) => b.keys))].sort(), keys.sort());
});

// Where each kind of snippet goes: a whole document, an item of `sections`, or a block inside a section.
function place(body: string, lang: Lang): { text: string; numbering: Numbering; controls: readonly string[] } {
  const expanded = expandSnippet(body, VARIABLES);
  if (expanded.startsWith('whitepaper:')) {
    const data = parse(expanded) as { numbering?: string; sections: { controls?: string[] }[] };
    return { text: expanded, numbering: String(data.numbering ?? '2013') as Numbering, controls: data.sections.flatMap((s) => s.controls ?? []) };
  }
  if (expanded.startsWith('- ')) {
    const [section] = parse(expanded) as { controls: string[] }[];
    const numbering = section.controls.every((id) => editionsOf(id).includes('2013')) ? '2013' : '2022';
    return { text: insertAtEnd(header(lang, numbering), '  ', expanded), numbering, controls: section.controls };
  }
  assert.match(expanded, /^facts:\n/, 'a snippet is a document, a section or a facts block');
  const section = ['  - title: Facts', '    controls: [5.1.1]', '    body: |', '      The figures below are stated in the contract.', ''].join('\n');
  return { text: insertAtEnd(header(lang, '2013') + section, '    ', expanded), numbering: '2013', controls: ['5.1.1'] };
}

for (const file of readdirSync(SNIPPETS).filter((name) => name.endsWith('.code-snippets'))) {
  const lang: Lang = file.includes('.ja.') ? 'ja' : 'en';
  describe(`snippets/${file}`, () => {
    for (const [name, snippet] of Object.entries(parseSnippetFile(readFileSync(join(SNIPPETS, file), 'utf8')))) {
      test(`"${name}" with its defaults gives a valid whitepaper that answers its controls`, () => {
        assert.equal(snippet.scope, 'iso27017-whitepaper');
        const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
        const { text, controls } = place(body, lang);
        const findings = analyze(text);
        assert.deepEqual(formatProblems(findings), [], text);
        const answered = new Set(controls.flatMap(answeredIds).filter((id) => EXPECTED_IDS.has(id)));
        assert.ok(answered.size > 0, 'names a control');
        assert.equal(findings.filter((f) => f.ruleId === 'control-missing').length, EXPECTED_IDS.size - answered.size, 'its controls count as answered');
        if (file.startsWith('controls.')) assert.ok(findings.some((f) => f.ruleId === 'placeholder'), 'the prompt is flagged until it is replaced');
      });
    }
  });
}

describe('New Whitepaper skeleton', () => {
  test('the data the client ships is the catalog\'s', () => {
    assert.deepEqual(SKELETON_DATA, skeletonData());
  });

  for (const numbering of ['2013', '2022'] as const) {
    test(`${numbering} numbering: every expected control answered by exactly one section`, () => {
      const answers = sectionPlans(SKELETON_DATA, numbering).flatMap((plan) => plan.answers);
      assert.deepEqual([...answers].sort(), expectedControls().map((c) => c.id).sort());
    });
  }

  const cases: { lang: Lang; numbering: Numbering; model: ServiceModel; name: string; provider: string }[] = [
    { lang: 'ja', numbering: '2013', model: 'SaaS', name: 'サンプルクラウド', provider: '株式会社サンプル' },
    { lang: 'en', numbering: '2013', model: 'IaaS', name: 'Example Cloud', provider: 'Example Inc.' },
    { lang: 'ja', numbering: '2022', model: 'PaaS', name: 'Acme: "Cloud" $1 ${2} $& {beta} \\ # x', provider: '- yes' },
    { lang: 'en', numbering: '2022', model: 'SaaS', name: '2024', provider: 'true' },
  ];
  for (const options of cases) {
    test(`${options.lang}, ${options.numbering}, ${options.model}, name ${JSON.stringify(options.name)}: valid, complete, each prompt flagged`, () => {
      const text = expandSnippet(whitepaperSkeleton(SKELETON_DATA, options), VARIABLES);
      const findings = analyze(text);
      assert.deepEqual(formatProblems(findings), []);
      assert.deepEqual(show(findings.filter((f) => f.ruleId === 'control-missing')), []);
      const data = parse(text) as { lang: string; title: string; numbering: string; service: Record<string, string>; sections: unknown[] };
      assert.deepEqual(data.service, { name: options.name, provider: options.provider, model: options.model });
      assert.equal(data.lang, options.lang);
      assert.equal(data.numbering, options.numbering);
      assert.equal(data.title, options.lang === 'ja' ? `${options.name} セキュリティホワイトペーパー` : `${options.name} Security Whitepaper`);
      assert.equal(findings.filter((f) => f.ruleId === 'placeholder').length, data.sections.length);
    });
  }

  for (const lang of ['en', 'ja'] as const) {
    test(`the skeleton an empty file is started with (${lang}): valid, complete, the name typed once for title and service`, () => {
      const text = expandSnippet(whitepaperSkeletonToFill(SKELETON_DATA, lang), VARIABLES);
      const findings = analyze(text);
      assert.deepEqual(formatProblems(findings), []);
      assert.deepEqual(show(findings.filter((f) => f.ruleId === 'control-missing')), []);
      const data = parse(text) as { title: string; service: Record<string, string> };
      assert.equal(data.title, lang === 'ja' ? 'サンプルクラウド セキュリティホワイトペーパー' : 'Example Cloud Security Whitepaper');
      assert.deepEqual(data.service, lang === 'ja' ? { name: 'サンプルクラウド', provider: '株式会社サンプル', model: 'SaaS' } : { name: 'Example Cloud', provider: 'Example Inc.', model: 'SaaS' });
    });
  }

  test('yamlString reads back as the same string', () => {
    for (const value of ['plain text', '12.3.1 Backup', '30d', '1.0', '2024-04-01', '12:30', 'yes', '~', 'a: b', 'a #b', '#x', '- x', ' lead', 'trail ', '"q"', "it's", 'tab\there', '日本(東京)']) {
      assert.equal(parse(`key: ${yamlString(value)}`).key, value, value);
    }
  });

  test('the file name comes from the service name', () => {
    assert.equal(whitepaperFileName('Example Cloud'), 'example-cloud.wp.yaml');
    assert.equal(whitepaperFileName('サンプル クラウド'), 'サンプル-クラウド.wp.yaml');
    assert.equal(whitepaperFileName('a/b: c?'), 'a-b-c.wp.yaml');
    assert.equal(whitepaperFileName(' ... '), 'whitepaper.wp.yaml');
  });
});
