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
