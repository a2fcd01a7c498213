import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('data-location', {
  valid: [
    VALID,
    HEADER_EN +
      yaml`
      sections:
        - title: Law
          controls: [18.1.1]
          body: |
            Customer data is stored in Japan. The laws of Japan govern the contract.
    `,
  ],
  invalid: [
    HEADER_EN +
      yaml`
      sections:
        - title: Law
      #   ^^^^^^^^^^ data-location/missing
          controls: [18.1.1]
          body: |
            The laws of Japan govern the contract.
    `,
  ],
});
