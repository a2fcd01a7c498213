import { checkRule } from '../../helpers/checkRule';
import { yaml } from '../../helpers/annotations';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('control-reference-format', {
  valid: [
    VALID,
    VALID.replace('title: Backup', 'title: CLD.12.1.5 Operations'),
    VALID.replace('title: Backup', 'title: "Backup (A. 12. 3. 1)"'),
    VALID.replace('title: Backup', 'title: Version 1.2.3 notes'),
  ],
  invalid: [
    HEADER_EN +
      yaml`
      sections:
        - title: CLD12.1.5 Operations
      #          ^^^^^^^^^ control-reference-format/malformed
          controls: [12.3.1]
          body: |
            Administrators follow written procedures (see A12.3.1).
      #                                                   ^^^^^^^ control-reference-format/malformed
    `,
  ],
});
