import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('backup-retention', {
  valid: [
    VALID,
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            Backups run daily.
        - title: Restore
          controls: [12.3.1]
          body: |
            Backups are kept for 35 days.
    `,
    // Backups deleted within a period are kept for that period.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            Backups run every night. All backups are deleted within two months.
    `,
    // The period left to another policy by name: the section points to where it is stated.
    HEADER_EN +
      yaml`
      sections:
        - title: Customer records
          controls: [12.3.1]
          body: |
            Records are kept while the contract runs. Copies may remain in backups for the period defined by the Backup Policy.
    `,
  ],
  invalid: [
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
      #   ^^^^^^^^^^^^^ backup-retention/noRetention
          controls: [12.3.1]
          body: |
            Backups run daily.
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
      #   ^^^^^^^^^^^^^ backup-retention/noFrequency
          controls: [12.3.1]
          body: |
            Backups are kept for 35 days.
    `,
  ],
});
