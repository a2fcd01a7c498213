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
  ],
});
