import { checkRule } from '../../helpers/checkRule';
import { yaml } from '../../helpers/annotations';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('title-numbering', {
  valid: [
    VALID,
    VALID.replace('title: Backup', 'title: 12.3.1 Backup'),
    VALID.replace('title: Backup', 'title: 8.13 Backup ([ISO/IEC 27001:2013] A.12.3.1)'),
    VALID.replace('title: Backup', 'title: 12.3 Backup'),
    VALID.replace('title: Backup', 'title: 2.3 Backup'),
  ],
  invalid: [
    HEADER_EN +
      yaml`
      sections:
        - title: 12.4.1 Backup
      #          ^^^^^^ title-numbering/contradicts
          controls: [12.3.1]
          body: Backups run daily.
        - title: "A.8.15 Logging"
      #             ^^^^ title-numbering/contradicts
          controls: [12.3.1]
          body: Logs are kept.
    `,
  ],
});
