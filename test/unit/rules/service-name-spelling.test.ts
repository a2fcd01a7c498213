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
