import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { VALID } from '../../fixtures/minimal';

checkRule('service-name-spelling', {
  valid: [VALID, VALID.replace('Backups run daily', 'Example Cloud runs backups daily; Example Clouds of partners are out of scope')],
  invalid: [
    yaml`
      whitepaper: 1
      lang: ja
      title: サンプルクラウド セキュリティホワイトペーパー
      service: {name: サンプルクラウド, provider: 株式会社サンプル, model: SaaS}
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
    yaml`
      whitepaper: 1
      lang: ja
      title: サンプルクラウド セキュリティホワイトペーパー
      service: {name: サンプルクラウド, provider: 株式会社サンプル, model: SaaS}
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
