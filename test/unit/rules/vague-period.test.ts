import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('vague-period', {
  valid: [VALID],
  invalid: [
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            Backups run daily and are kept for a certain period.
      #                                    ^^^^^^^^^^^^^^^^^^^^ vague-period/vague
        - title: Deletion
          controls: [CLD.8.1.5]
          body: |
            お客様のデータは、契約終了後一定期間の経過後に削除します。
      #                   ^^^^ vague-period/vague
    `,
  ],
});
