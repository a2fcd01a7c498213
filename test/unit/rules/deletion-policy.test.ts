import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('deletion-policy', {
  valid: [
    VALID,
    `${VALID}  - title: Deletion\n    controls: [CLD.8.1.5]\n    body: |\n      Customers can export their data until the contract ends; it is deleted within 30 days after.\n`,
  ],
  invalid: [
    HEADER_EN +
      yaml`
      sections:
        - title: Deletion
      #   ^^^^^^^^^^^^^^^ deletion-policy/noTiming
      #   ^^^^^^^^^^^^^^^ deletion-policy/noReturn
          controls: [CLD.8.1.5]
          body: |
            Customer data is deleted when the contract ends.
    `,
    // No section names CLD.8.1.5, but one says what happens to customer data at the end of the contract.
    HEADER_EN +
      yaml`
      sections:
        - title: Your data
          body: |
            We keep your files safe.
            When your subscription is cancelled, your data is deleted after 30 days.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noReturn
    `,
    yaml`
      whitepaper: 1
      lang: ja
      title: サンプルクラウド セキュリティホワイトペーパー
      service: {name: サンプルクラウド, provider: 株式会社サンプル, model: SaaS}
      sections:
        - title: データの取扱い
          body: |
            ご契約の終了時には、お客様のデータを所定の形式で返却します。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deletion-policy/noTiming
    `,
  ],
});
