import { checkRule } from '../../helpers/checkRule';
import { yaml } from '../../helpers/annotations';
import { VALID } from '../../fixtures/minimal';

checkRule('unknown-key', {
  valid: [VALID],
  invalid: [
    yaml`
      whitepaper: 1
      lang: en
      title: Example Cloud Security Whitepaper
      servce:
      #^^^^^ unknown-key/didYouMean
        name: Example Cloud
        provider: Example Inc.
        model: SaaS
      sections:
        - title: Backup
          bodi: Backups run daily.
      #   ^^^^ unknown-key/didYouMean
          colour: blue
      #   ^^^^^^ unknown-key/unknown
    `,
  ],
});
