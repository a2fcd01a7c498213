import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('backup-outlives-deletion', {
  valid: [
    VALID,
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            Backups run daily and are kept for 90 days.
        - title: Deletion
          controls: [CLD.8.1.5]
          body: |
            Data is deleted within 30 days after the contract ends; backups are deleted when they expire.
    `,
  ],
  invalid: [
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            Backups run daily and are kept for 90 days.
        - title: Deletion
          controls: [CLD.8.1.5]
          body: |
            Data is deleted within 30 days after the contract ends.
      #                     ^^^^^^^^^^^^^^ backup-outlives-deletion/outlives
    `,
  ],
});
