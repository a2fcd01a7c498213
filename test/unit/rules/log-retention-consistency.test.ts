import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('log-retention-consistency', {
  valid: [
    VALID,
    HEADER_EN +
      yaml`
      sections:
        - title: Logging
          controls: [12.4.1]
          body: |
            Audit logs are kept for 2 years and access logs for 90 days.
    `,
  ],
  invalid: [
    HEADER_EN +
      yaml`
      sections:
        - title: Logging
          controls: [12.4.1]
          body: |
            ログは180日間保存します。
      #        ^^^^^ log-retention-consistency/conflict
        - title: Records
          controls: [18.1.3]
          body: |
            ログは2年間保存します。
      #        ^^^ log-retention-consistency/conflict
    `,
  ],
});
