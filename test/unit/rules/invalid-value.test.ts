import { checkRule } from '../../helpers/checkRule';
import { yaml } from '../../helpers/annotations';
import { VALID } from '../../fixtures/minimal';

checkRule('invalid-value', {
  valid: [VALID, VALID.replace('whitepaper: 1\n', 'whitepaper: 1\nversion: 1.2\nnumbering: 2013\n')],
  invalid: [
    yaml`
      whitepaper: 2
      #           ^ invalid-value/oneOf
      lang: de
      #     ^^ invalid-value/oneOf
      title: [Example]
      #      ^^^^^^^^^ invalid-value/type
      service:
        name: Example Cloud
        provider: Example Inc.
        model: Saas
      #        ^^^^ invalid-value/oneOfSuggest
      sections:
        - title: Backup
          controls: [12.4.1, 12.3.1, 12.3.1]
      #                              ^^^^^^ invalid-value/repeated
          body: Backups run daily.
      published: 1 April 2026
      #          ^^^^^^^^^^^^ invalid-value/pattern
    `,
    yaml`
      whitepaper: 1
      lang: en
      title: Example Cloud Security Whitepaper
      service: {name: Example Cloud, provider: Example Inc., model: SaaS}
      numbering: "2022"
      sections:
        - title: Backup
          controls: [8.10, "8.13"]
      #              ^^^^ invalid-value/unquotedNumber
          body: Backups run daily.
    `,
    yaml`
      - a list
      #^^^^^^^ invalid-value/rootType
    `,
  ],
});
