import { checkRule } from '../../helpers/checkRule';
import { yaml } from '../../helpers/annotations';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('control-duplicate', {
  valid: [VALID],
  invalid: [
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1, CLD.9.5.2]
          body: Backups run daily.
        - title: Restore
          controls: [A.12.3.1]
      #              ^^^^^^^^ control-duplicate/twoSections
          body: Restores take a day.
      not_applicable:
        CLD.9.5.2: No virtual machines are offered.
      # ^^^^^^^^^ control-duplicate/sectionAndNotApplicable
    `,
  ],
});
