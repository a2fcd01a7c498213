import { checkRule } from '../../helpers/checkRule';
import { yaml } from '../../helpers/annotations';
import { VALID } from '../../fixtures/minimal';

checkRule('duplicate-key', {
  valid: [VALID],
  invalid: [
    yaml`
      whitepaper: 1
      lang: en
      title: Example Cloud Security Whitepaper
      service:
        name: Example Cloud
        provider: Example Inc.
        model: SaaS
        model: PaaS
      # ^^^^^ duplicate-key/duplicate
      sections:
        - title: Backup
          body: Backups run daily.
          body: Backups run weekly.
      #   ^^^^ duplicate-key/duplicate
      lang: ja
      #^^^ duplicate-key/duplicate
    `,
  ],
});
