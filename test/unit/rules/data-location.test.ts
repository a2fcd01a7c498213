import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, HEADER_JA, VALID } from '../../fixtures/minimal';

checkRule('data-location', {
  valid: [
    VALID,
    // Terms of service's clause on their own law governs the contract: it raises no data location, the court named by
    // where the company sits included.
    HEADER_JA +
      yaml`
      sections:
        - title: 第4条(準拠法・管轄)
          controls: [18.1.1]
          body: |
            本規約の解釈には日本法を準拠法とし、紛争は運営者の本店所在地を管轄する地方裁判所を専属的合意管轄裁判所とします。
    `,
    // Places in Markdown's underscore emphasis are places still.
    HEADER_EN +
      yaml`
      sections:
        - title: Where are my applications located?
          controls: [6.1.3]
          body: |
            Applications and add-ons are located in either _Paris, France_ or _Montreal, Canada_.
    `,
    // The court named by where the company itself is ("当社の所在地"), and a privacy policy's clause on its own law.
    HEADER_JA +
      yaml`
      sections:
        - title: 第9条(準拠法および合意管轄)
          controls: [18.1.1]
          body: |
            本規約の解釈および適用については、日本法を準拠法とします。紛争が生じた場合には、当社の所在地を管轄する裁判所を第一審の専属的合意管轄裁判所とします。
        - title: 第11条(準拠法)
          controls: [18.1.1]
          body: |
            本プライバシーポリシーの解釈にあたっては、日本法を準拠法とします。
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Governing law
          controls: [18.1.1]
          body: |
            This Privacy Policy is governed by the laws of the State of New York.
    `,
    // A table's column headed region, places in its rows: answered whatever heading stands over the table.
    HEADER_EN +
      yaml`
      sections:
        - title: Overview
          controls: [6.1.3]
          body: |
            The service is offered by region; ask support for another one.

            <th>Region name</th>
            <th>Endpoint</th>
            <td>Asia Pacific (Tokyo)</td>
            <td>https://api.example.test</td>
    `,
    // Terms' own law article, a contact block and an appended policy nested under it: still only the terms' own law.
    HEADER_JA +
      yaml`
      sections:
        - title: 第12条（準拠法・管轄）
          controls: [18.1.1]
          body: |
            本規約は日本法に準拠します。紛争は東京地方裁判所を専属的合意管轄裁判所とします。
          sections:
            - title: お問い合わせ
              body: |
                法令に基づき捜査機関から要請があった場合は開示することがあります。個人情報の保存期間は利用目的の達成に必要な期間とします。
    `,
    // A liability clause names jurisdictions whose laws limit it, not the data's or the contract's.
    HEADER_EN +
      yaml`
      sections:
        - title: Limitation of liability
          controls: [18.1.1]
          body: |
            Some jurisdictions do not allow the exclusion of incidental damages; your sole remedy for any dispute with us is to stop using the service.
    `,
    // A line announcing the regions, the places in the table after it.
    HEADER_EN +
      yaml`
      sections:
        - title: Hosting
          controls: [6.1.3]
          body: |
            Projects run on virtual servers. There are 3 regions to choose from:

            | Canada, Montreal | yes |
            | Germany, Frankfurt | yes |
    `,
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
    // Where data is processed is a location too; a heading asking where, with the places listed under it.
    HEADER_EN +
      yaml`
      sections:
        - title: Authorities
          controls: [6.1.3]
          body: |
            Sign-in data is always processed in the United States.
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Authorities
          controls: [6.1.3]
          body: |
            The platform runs on servers in Canada.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 関係当局との連絡
          controls: [6.1.3]
          body: |
            当局からの要請には法務部門が対応します。
        - title: サポートされているデータセンターの場所
          body: |
            * 欧州連合
            * オーストラリア
    `,
    // A section on complying with laws or on confidentiality answers 18.1.1 without raising where the data is.
    HEADER_EN +
      yaml`
      sections:
        - title: Compliance with laws
          controls: [18.1.1]
          body: |
            We comply with the laws and regulations that apply to our business and review them every year.
        - title: Confidentiality
          controls: [18.1.1]
          body: |
            Every employee signs a confidentiality agreement before joining.
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 法令遵守
          controls: [18.1.1]
          body: |
            当社は個人情報保護法その他の関係法令及び社内規程を遵守します。
        - title: 関係当局との連絡
          controls: [6.1.3]
          body: |
            緊急時に連絡する当局の一覧を整備し、年に一度見直します。
    `,
    // A host named, and the place in another section: stated.
    HEADER_EN +
      yaml`
      sections:
        - title: Infrastructure
          body: |
            The service is hosted on AWS.
        - title: Data residency
          body: |
            All customer data stays in the Frankfurt region in Germany.
    `,
    // A contact block's address after the language or severability article (「所在地：…」), and the court's own seat left as a
    // placeholder in the governing-law article: where the company or the court sits, not the data.
    HEADER_JA +
      yaml`
      sections:
        - title: 第13条(準拠法および管轄)
          controls: [18.1.1]
          body: |
            本規約の解釈および適用は、日本法に準拠します。紛争は{{管轄裁判所の所在地}}を管轄する地方裁判所を専属的合意管轄裁判所とします。
        - title: 第14条(言語)
          controls: [6.1.3]
          body: |
            本規約は日本語版を正本とします。

            事業者名：株式会社サンプル
            所在地：横浜市中区海岸通1-1
    `,
    // People located somewhere are not the data; a transfer to a country names where it goes.
    HEADER_EN +
      yaml`
      sections:
        - title: International transfers
          controls: [6.1.3]
          body: |
            Your personal information may be transferred to the United States. Data subjects located in the EEA may complain to their supervisory authority.
    `,
    // A residency field naming places, and 「…でホストされています」 with a country: the place is named.
    HEADER_EN +
      yaml`
      sections:
        - title: Compliance
          controls: [6.1.3]
          body: |
            - Data residency: US (default), EU, and APAC options available for Enterprise
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: よくある質問
          body: |
            データはどこに保存されているのですか？ 制作データは、フランスのOVHcloudでホストされています。
    `,
    // A question of where credentials or an inventory's asset is kept asks nothing of the customer's data's country.
    HEADER_EN +
      yaml`
      sections:
        - title: FAQ
          body: |
            Where are my provider credentials stored? Encrypted at rest with AES-256.
        - title: Asset inventory
          body: |
            * **Location**, i.e. where is it stored, used, and backed up?
    `,
    // Ruling Q3: the foreign recipient's country answers where the data goes (「Google LLC（米国）」), and a data store named
    // in a place answers where it is kept.
    HEADER_JA +
      yaml`
      sections:
        - title: 5. 外国にある第三者への提供
          body: |
            解析機能では、Google LLC（米国）等の外国にある第三者へ情報が提供されます。
        - title: 保存先
          body: |
            データはFirebaseに保存されます。
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Backups
          body: |
            | Reports - db | **reports-mysql** in Ohio; snapshot every day |
        - title: Infrastructure
          body: |
            The service is hosted on AWS.
    `,
  ],
  invalid: [
    // A platform named as the data's holder in a table of the services used, and no country anywhere (ruling P8).
    HEADER_JA +
      yaml`
      sections:
        - title: 第6条(委託先)
          body: |
            | サービス | 利用目的 |
            |---|---|
            | Supabase, Inc. | データベース・ストレージ |
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ data-location/missing
    `,
    // An FAQ's question on where the customer's photos are kept, asked in the body and answered with no place.
    HEADER_JA +
      yaml`
      sections:
        - title: よくある質問
          body: |
            写真はどこに保存されますか？ クラウド上の暗号化されたストレージに保存されます。
      #     ^^^^^^^^^^^^^^ data-location/missing
    `,
    // A data residency clause under a later article, with no place: the finding sits on its statement, not on the first
    // section answering the controls (ruling P1).
    HEADER_EN +
      yaml`
      sections:
        - title: Definitions
          controls: [18.1.1, 6.1.3]
          body: |
            "Applicable Law" means the data protection law that applies to the processing.
        - title: Data residency
          controls: [6.1.3]
          body: |
            The customer may ask for its data to be hosted in a particular jurisdiction.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ data-location/missing
    `,
    // A heading naming where the information is kept (「情報の保存先」), answered with a cloud and a border it may cross:
    // "may be outside Japan" names no place. The finding sits on the sentence that says where (ruling P1).
    HEADER_JA +
      yaml`
      sections:
        - title: 5. 情報の保存先
          body: |
            当社は、アカウント情報を外部のクラウドサービスに保存します。保存先の所在地は、日本国外となる場合があります。
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ data-location/missing
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Where your data is stored
          body: |
            We store account data with a cloud provider. It may be stored outside the United States.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ data-location/missing
    `,
    // Whose machines, and no country anywhere: the text raises where the data is without a section of the controls.
    HEADER_EN +
      yaml`
      sections:
        - title: Infrastructure
          body: |
            The service is hosted on AWS in a multi-tenant environment.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ data-location/missing
    `,
    HEADER_JA +
      yaml`
      sections:
        - title: 基盤
          body: |
            本サービスはAWS上で稼働しています。
      #     ^^^^^^^^^^^^^^^^^^^ data-location/missing
    `,
    // A heading that asks where, answered with a count of regions and no name.
    HEADER_EN +
      yaml`
      sections:
        - title: Where is the service hosted?
      #   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ data-location/missing
          body: |
            The API is replicated across 8 regions globally.
    `,

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
      // The company's address says where the provider sits, not where the data is.
    HEADER_EN +
      yaml`
      sections:
        - title: About us
          body: |
            Our head office is located in Tokyo.
        - title: Law
      #   ^^^^^^^^^^ data-location/missing
          controls: [18.1.1]
          body: |
            The laws of Japan govern the contract.
    `,
    // Standards named by their countries are no place of the data.
    HEADER_EN +
      yaml`
      sections:
        - title: Infrastructure
          controls: [6.1.3]
          body: |
            Our environment running on AWS is assessed against more than ten standards, including C5 (Germany) and the Singapore MTCS standard.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ data-location/missing
    `,
    // A data residency heading owes the place its section never names.
    HEADER_JA +
      yaml`
      sections:
        - title: データレジデンシー
      #   ^^^^^^^^^^^^^^^^ data-location/missing
          body: |
            業務データはお客様の環境内にとどまり、当社のクラウドには設定情報だけを同期します。
    `,
    // An authority's request for the data raises where it is kept.
    HEADER_JA +
      yaml`
      sections:
        - title: 関係当局との連絡
      #   ^^^^^^^^^^^^^^^ data-location/missing
          controls: [6.1.3]
          body: |
            捜査機関から開示の要請を受けた場合は、法令で禁じられない限りお客様にお知らせします。
    `,
    // Ruling Q3: a privacy policy's article on its processors naming the host owes the country; the company's address in
    // the contact block is no place of the data.
    HEADER_JA +
      yaml`
      sections:
        - title: 3. 第三者提供・委託
          body: |
            主な委託先は次のとおりです。
            - データベース・ホスティング：Supabase、Vercel 等
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ data-location/missing
        - title: お問い合わせ窓口
          body: |
            所在地：東京都港区北青山1丁目
    `,
    // A law named by its place is no place of the data.
    HEADER_EN +
      yaml`
      sections:
        - title: Privacy
          body: |
            Our Privacy Policy explains how we collect, use and store your information under laws such as the California Consumer Privacy Act.
        - title: Subprocessors
          body: |
            | Name | Purpose |
            | Scaleway | Hosting provider |
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ data-location/missing
    `,
    // Data sent abroad with no country named.
    HEADER_EN +
      yaml`
      sections:
        - title: Your information
          body: |
            Your information may be transferred to, and maintained on, computers located outside of your state or country.
      #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ data-location/missing
    `,
  ],
});
