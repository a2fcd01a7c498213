import { checkRule } from '../../helpers/checkRule';
import { yaml } from '../../helpers/annotations';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('placeholder', {
  valid: [
    VALID,
    HEADER_EN +
      yaml`
      sections:
        - title: Sizes
          body: |
            Plans go from S to XXL; TODOs in our tracker are reviewed weekly.
    `,
  ],
  invalid: [
    yaml`
      whitepaper: 1
      lang: ja
      title: サンプル ホワイトペーパー
      service: {name: サンプル, provider: 株式会社サンプル, model: SaaS}
      sections:
        - title: バックアップ TODO
      #                 ^^^^ placeholder/placeholder
          body: |
            バックアップは〇〇日間保存します。
      #            ^^ placeholder/placeholder
            復旧目標は［要記入］です。TBD
      #          ^^^^^ placeholder/placeholder
      #                  ^^^ placeholder/placeholder
      not_applicable:
        CLD.9.5.2: XX
      #            ^^ placeholder/placeholder
    `,
  ],
});
