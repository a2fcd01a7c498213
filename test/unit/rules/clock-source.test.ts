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
    // The platform's time service names where the time comes from.
    HEADER_EN +
      yaml`
      sections:
        - title: Clock
          controls: [12.4.4]
          body: |
            Servers take their time from the cloud platform's time synchronization service.
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
    // "real-time service" names no time source.
    HEADER_EN +
      yaml`
      sections:
        - title: Clock
      #   ^^^^^^^^^^^^ clock-source/missing
          controls: [12.4.4]
          body: |
            Our real-time service keeps every server clock synchronised.
    `,
  ],
});
