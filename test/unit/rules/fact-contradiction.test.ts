import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('fact-contradiction', {
  valid: [
    VALID,
    HEADER_EN +
      yaml`
        sections:
          - title: Deletion
            controls: [CLD.8.1.5]
            body: |
              Data is deleted within 30 days after the contract ends.
            facts:
              deletion.after_termination: 30d
      `,
  ],
  invalid: [
    HEADER_EN +
      yaml`
        sections:
          - title: Deletion
            controls: [CLD.8.1.5]
            body: |
              Data is deleted within 60 days after the contract ends.
            facts:
              deletion.after_termination: 30d
        #                                 ^^^ fact-contradiction/contradicts
      `,
  ],
});
