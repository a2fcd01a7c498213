import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('incident-notification', {
  valid: [
    VALID,
    HEADER_EN +
      yaml`
      sections:
        - title: Incidents
          controls: [16.1.2]
          body: |
            Affected customers are notified by email within 24 hours.
    `,
  ],
  invalid: [
    HEADER_EN +
      yaml`
      sections:
        - title: Incidents
      #   ^^^^^^^^^^^^^^^^ incident-notification/missing
          controls: [16.1.2]
          body: |
            Affected customers are notified by email.
    `,
  ],
});
