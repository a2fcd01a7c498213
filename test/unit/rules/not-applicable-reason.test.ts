import { checkRule } from '../../helpers/checkRule';
import { yaml } from '../../helpers/annotations';
import { VALID } from '../../fixtures/minimal';

checkRule('not-applicable-reason', {
  valid: [VALID, `${VALID}not_applicable:\n  CLD.9.5.2: No virtual machines are offered to customers.\n`],
  invalid: [
    yaml`
      whitepaper: 1
      lang: ja
      title: サンプル ホワイトペーパー
      service: {name: サンプル, provider: 株式会社サンプル, model: SaaS}
      sections:
        - title: バックアップ
          body: 毎日取得します。
      not_applicable:
        CLD.9.5.2: 該当なし
      #            ^^^^ not-applicable-reason/noReason
        CLD.9.5.1: N/A.
      #            ^^^^ not-applicable-reason/noReason
        CLD.13.1.4:
      # ^^^^^^^^^^ not-applicable-reason/empty
        12.6.1: ""
      # ^^^^^^ not-applicable-reason/empty
    `,
  ],
});
