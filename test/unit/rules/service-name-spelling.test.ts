import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_JA, VALID } from '../../fixtures/minimal';
import { importWhitepaper, withoutInferredControlFindings } from '../../../server/src/import/importWhitepaper';

checkRule('service-name-spelling', {
  valid: [
    VALID,
    VALID.replace('Backups run daily', 'Example Cloud runs backups daily; Example Clouds of partners are out of scope'),
    // A copy cut in the middle of the name: its start at the very end of the text is no misspelling.
    yaml`
      whitepaper: 1
      lang: en
      title: Example Forms Terms
      service: {name: Example Forms, provider: Example Inc., model: SaaS}
      sections:
        - title: New features
          body: Notes on each new feature are posted in Example For
    `,
  ],
  invalid: [
    // The same start of the name with text after it is a slip.
    yaml`
      whitepaper: 1
      lang: en
      title: Example Forms Terms
      service: {name: Example Forms, provider: Example Inc., model: SaaS}
      sections:
        - title: New features
          body: Notes on each new feature are posted in Example For and by email.
      #                                                 ^^^^^^^^^^^ service-name-spelling/nearMiss
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 概要
          body: |
            サンプルクラウドは業務データを扱います。サンプルクラドの管理画面から設定できます。
      #                         ^^^^^^^ service-name-spelling/nearMiss
    `,
    yaml`
      whitepaper: 1
      lang: en
      title: Example Forms Security Whitepaper
      service: {name: Example Forms, provider: Example Inc., model: SaaS}
      sections:
        - title: Overview
          body: Example Froms keeps form data in Japan.
      #         ^^^^^^^^^^^^^ service-name-spelling/nearMiss
    `,
  ],
});

checkRule('service-name-spelling', {
  valid: [],
  invalid: [
    // A misspelt last character: the whole word is marked, as long as the name, and the fix writes the name once.
    HEADER_JA +
      yaml`
      sections:
        - title: 概要
          body: |
            サンプルクラウトの管理画面から設定できます。
      #     ^^^^^^^^ service-name-spelling/nearMiss
    `,
    // No service.name: the name the text defines is the one compared.
    yaml`
      whitepaper: 1
      lang: ja
      title: セキュリティホワイトペーパー
      service: {provider: 株式会社サンプル, model: SaaS}
      sections:
        - title: 概要
          body: |
            当社はサンプルドライブ(以下「本サービス」という。)を提供します。サンプルドライヴの画面で設定できます。
      #                                      ^^^^^^^^ service-name-spelling/nearMiss
    `,
  ],
});

test('the fix replaces the whole misspelt word with the name, once', () => {
  const text = yaml`
    whitepaper: 1
    lang: ja
    title: サンプルクラウド セキュリティホワイトペーパー
    service: {name: サンプルクラウド, provider: 株式会社サンプル, model: SaaS}
    sections:
      - title: 概要
        body: サンプルクラウトの管理画面とサンプルクラドの設定。
  `;
  let fixed = text;
  for (const finding of createAnalyzer(WHITEPAPER).analyze(text).findings.filter((f) => f.ruleId === 'service-name-spelling').reverse()) {
    const [edit] = finding.fixes![0].edits;
    fixed = fixed.slice(0, edit.start) + edit.text + fixed.slice(edit.end);
  }
  assert.match(fixed, /body: サンプルクラウドの管理画面とサンプルクラウドの設定。/);
});

// What is house style, another word or another product is no misspelling.
checkRule('service-name-spelling', {
  valid: [
    // Spacing, a middle dot and the long vowel are style; a kanji or a particle makes another word.
    yaml`
      whitepaper: 1
      lang: ja
      title: サンプル会計クラウド セキュリティホワイトペーパー
      service: {name: サンプル会計クラウド, provider: 株式会社サンプル, model: SaaS}
      sections:
        - title: 概要
          body: |
            サンプル会計 クラウドとサンプル会計・クラウドは同じものです。サンプル会議クラウドは別の製品です。
    `,
    yaml`
      whitepaper: 1
      lang: ja
      title: サンプルサーバー セキュリティホワイトペーパー
      service: {name: サンプルサーバー, provider: 株式会社サンプル, model: SaaS}
      sections:
        - title: 概要
          body: |
            サンプルサーバの管理画面から設定できます。
    `,
    // Case is style; an edition the text names twice is a product of its own.
    yaml`
      whitepaper: 1
      lang: en
      title: Example Forms Security Whitepaper
      service: {name: Example Forms, provider: Example Inc., model: SaaS}
      sections:
        - title: Overview
          body: |
            EXAMPLE FORMS keeps form data in Japan. Example Form is our free edition; Example Form has no API.
    `,
  ],
  invalid: [],
});

test('a published text: no near-miss of a name the importer only guessed from a page title', () => {
  const page = 'セキュリティ情報\n\n概要\n当社はお客様のデータを守るためにセキュリティ対策を講じています。セキュリティの確保を最優先にしています。\n';
  const imported = importWhitepaper(page, 'page.txt');
  assert.equal(imported.serviceNameRead, false);
  const findings = withoutInferredControlFindings(createAnalyzer(WHITEPAPER).analyze(imported.yaml).findings, imported);
  assert.deepEqual(findings.filter((f) => f.ruleId === 'service-name-spelling'), []);

  const defined = '概要\n当社はサンプルドライブ(以下「本サービス」という。)を提供します。サンプルドライヴの画面で設定できます。\n';
  const read = importWhitepaper(defined, 'defined.txt');
  assert.equal(read.serviceNameRead, true);
  const kept = withoutInferredControlFindings(createAnalyzer(WHITEPAPER).analyze(read.yaml).findings, read).filter((f) => f.ruleId === 'service-name-spelling');
  assert.deepEqual(kept.map((f) => read.yaml.slice(f.start, f.end)), ['サンプルドライヴ']);
});
