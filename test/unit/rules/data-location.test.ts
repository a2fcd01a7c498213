import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('data-location', {
  valid: [
    VALID,
    HEADER_EN +
      yaml`
      sections:
        - title: Law
          controls: [18.1.1]
          body: |
            Customer data is stored in Japan. The laws of Japan govern the contract.
    `,
    // The location stated in another section, the way published texts place it, answers the control.
    HEADER_EN +
      yaml`
      sections:
        - title: Hosting
          body: |
            Our service stores every workspace in Finland.
        - title: Law
          controls: [18.1.1]
          body: |
            The laws of Finland govern the contract.
    `,
    // A heading that asks where, with a bare place under it (a listing's location field).
    HEADER_EN +
      yaml`
      sections:
        - title: Data centre location
          body: |
            Netherlands
        - title: Authorities
          controls: [6.1.3]
          body: |
            We answer requests from supervisory authorities through our legal team.
    `,
  ],
  invalid: [
    HEADER_EN +
      yaml`
      sections:
        - title: Law
      #   ^^^^^^^^^^ data-location/missing
          controls: [18.1.1]
          body: |
            The laws of Japan govern the contract.
    `,
    // "stored by us" names no country: a lower-case "us" is not the United States.
    HEADER_EN +
      yaml`
      sections:
        - title: Storage
          body: |
            Workspace content is stored by us and encrypted.
        - title: Law
      #   ^^^^^^^^^^ data-location/missing
          controls: [18.1.1]
          body: |
            The laws of Japan govern the contract.
    `,
  ],
});
