import { checkRule } from '../../helpers/checkRule';
import { yaml } from '../../helpers/annotations';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('control-unknown', {
  valid: [
    VALID,
    VALID.replace('whitepaper: 1\n', 'whitepaper: 1\nnumbering: "2022"\n').replace('[12.3.1]', '["8.13", CLD.8.1.5]'),
    VALID.replace('[12.3.1]', '[A.12.3.1, Ａ.１２.３.１]'),
  ],
  invalid: [
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.2, 12-3-1, "8.13", "5.7", 42.42.42]
      #              ^^^^^^ control-unknown/unknownSuggest
      #                      ^^^^^^ control-unknown/unknownSuggest
      #                              ^^^^^^ control-unknown/otherEdition
      #                                      ^^^^^ control-unknown/newIn2022
      #                                             ^^^^^^^^ control-unknown/unknown
          body: Backups run daily.
      not_applicable:
        CLD.9.5.3: No virtual machines are offered.
      # ^^^^^^^^^ control-unknown/unknownSuggest
    `,
    HEADER_EN +
      yaml`
      numbering: "2022"
      sections:
        - title: Backup
          controls: [12.3.1]
      #              ^^^^^^ control-unknown/otherEdition
          body: Backups run daily.
    `,
  ],
});
