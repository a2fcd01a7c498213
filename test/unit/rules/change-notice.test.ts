import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

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
  ],
});
