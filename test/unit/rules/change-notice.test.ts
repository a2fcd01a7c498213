import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, HEADER_JA, VALID } from '../../fixtures/minimal';

checkRule('change-notice', {
  valid: [
    VALID,
    HEADER_EN +
      yaml`
      sections:
        - title: Changes
          controls: [12.1.2]
          body: |
            Changes that affect customers are announced 30 days in advance.
    `,
    // The lead time given under maintenance, not under the change-management control, still answers it.
    HEADER_EN +
      yaml`
      sections:
        - title: Change management
          controls: [12.1.2]
          body: |
            Every change is reviewed and approved before release.
        - title: Maintenance
          body: |
            Planned maintenance that affects customers is announced on the status page at least 7 days in advance.
    `,
    // An incident page's "Status updates": how often an incident's status is posted, not a change.
    HEADER_EN +
      yaml`
      sections:
        - title: Status updates
          body: |
            Until the incident is closed, we update its status page entry every 4 hours and notify subscribers of each update.
    `,
  ],
  invalid: [
    HEADER_EN +
      yaml`
      sections:
        - title: Changes
      #   ^^^^^^^^^^^^^^ change-notice/missing
          controls: [12.1.2]
          body: |
            Changes are announced on our website.
    `,
      // No section lists 12.1.2: a maintenance section that announces its windows owes their lead time, at the words that promise it.
    HEADER_EN +
      yaml`
      sections:
        - title: Platform upgrades
          body: |
            Upgrades run in a weekly maintenance window, announced in advance on the status page.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ change-notice/missing
        - title: Backups
          body: |
            Nightly copies are kept for 14 days.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 変更管理
          controls: [12.1.2]
          body: |
            変更は承認を経て適用します。仕様の変更は事前にお知らせします。
      #                   ^^^^^^^^^^^^^^^^^ change-notice/missing
    `,
  ],
});
