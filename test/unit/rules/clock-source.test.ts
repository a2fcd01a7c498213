import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('clock-source', {
  valid: [
    VALID,
    HEADER_EN +
      yaml`
      sections:
        - title: Clock
          controls: [12.4.4]
          body: |
            All servers synchronise to the NTP service of the platform; logs use UTC.
    `,
  ],
  invalid: [
    HEADER_EN +
      yaml`
      sections:
        - title: Clock
      #   ^^^^^^^^^^^^ clock-source/missing
          controls: [12.4.4]
          body: |
            Server clocks are kept synchronised.
    `,
  ],
});
