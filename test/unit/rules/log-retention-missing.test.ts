import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('log-retention-missing', {
  valid: [
    VALID,
    // A section on the protection of records that never speaks of logs owes no log period.
    HEADER_EN +
      yaml`
      sections:
        - title: Billing records
          controls: [18.1.3]
          body: |
            Invoices are kept as the tax law requires.
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Logging
          controls: [12.4.1]
          body: |
            Audit logs and access logs are kept for one year.
    `,
    // The period's statement holds ", " and " and " inside one sentence about one log.
    HEADER_EN +
      yaml`
      sections:
        - title: Logging
          controls: [12.4.1]
          body: |
            The service writes an audit log of every administrative action.
            Audit logs capture sign-ins, permission changes and data exports, and are retained for 13 months.
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Logging
          controls: [12.4.1]
          body: |
            Audit logs, which record sign-ins, changes and deletions, are retained for one year.
    `,
  ],
  invalid: [
    HEADER_EN +
      yaml`
      sections:
        - title: Logging
      #   ^^^^^^^^^^^^^^ log-retention-missing/noRetention
          controls: [12.4.1]
          body: |
            We record sign-ins and administrative operations.
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Logs
      #   ^^^^^^^^^^^ log-retention-missing/kindNoRetention
          controls: [12.4.1]
          body: |
            Audit logs are kept for 2 years. Access logs are available in the console.
    `,
  ],
});
