import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('governing-law', {
  valid: [
    VALID,
    HEADER_EN +
      yaml`
      sections:
        - title: Law
          controls: [18.1.1]
          body: |
            The contract is governed by the laws of Japan.
    `,
  ],
  invalid: [
    HEADER_EN +
      yaml`
      sections:
        - title: Law
      #   ^^^^^^^^^^ governing-law/missing
          controls: [18.1.1]
          body: |
            Customer data is stored in the Tokyo region.
    `,
  ],
});
