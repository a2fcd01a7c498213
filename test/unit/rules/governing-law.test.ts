import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, HEADER_JA, VALID } from '../../fixtures/minimal';

checkRule('governing-law', {
  valid: [
    VALID,
    HEADER_EN +
      yaml`
      sections:
        - title: Law
          controls: [18.1.1]
          body: |
            The contract is governed by the laws of Japan.
    `,
    // Emphasis around the country's law leaves it named.
    HEADER_JA +
      yaml`
      sections:
        - title: 準拠法
          controls: [18.1.1]
          body: |
            本規約は **大韓民国の法律** に準拠し、紛争はソウルの裁判所で解決されるものとします。
    `,
    // Complying with laws, or keeping secrets, says nothing of which law governs the contract.
    HEADER_EN +
      yaml`
      sections:
        - title: Legal compliance
          controls: [18.1.1]
          body: |
            We follow the privacy laws that apply to us and train staff on them.
        - title: Confidentiality
          controls: [18.1.1]
          body: |
            Staff sign a non-disclosure agreement and keep customer information secret.
    `,
    // Raising where data is kept without naming a country is data-location's question: a privacy section owes no court.
    HEADER_EN +
      yaml`
      sections:
        - title: Privacy
          controls: [18.1.1]
          body: |
            An overview of where each category of data is kept is maintained; transfers abroad follow standard contractual clauses.
    `,
  ],
  invalid: [
    HEADER_EN +
      yaml`
      sections:
        - title: Law
      #   ^^^^^^^^^^ governing-law/missing
          controls: [18.1.1]
          body: |
            Customer data is stored in the Tokyo region.
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Law
      #   ^^^^^^^^^^ governing-law/missing
          controls: [18.1.1]
          body: |
            Disputes about the service are heard by the courts where our office sits.
    `,
  ],
});
