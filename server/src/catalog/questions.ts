// The question a reviewer sends the provider when a whitepaper leaves an
// expected control unanswered or answers it with gaps: one per expected
// control, in both languages, asking for what a customer needs to learn
// (catalog/expected.ts `points`) in words a provider can answer directly.
// The gap report (`wp27017 report`) puts them beside each control.
import type { Localized } from '../core/locale';

export const QUESTIONS: Readonly<Record<string, Localized>> = {
  '5.1.1': {
    en: 'Do you have an information security policy that covers the cloud service? Who approved it, how often is it reviewed, and can customers read it or a summary?',
    ja: 'クラウドサービスを対象とする情報セキュリティ方針はありますか。承認者と見直しの頻度、お客様が本文又は要約を閲覧できるかをご回答ください。',
  },
  '6.1.1': {
    en: 'Who in your organisation is accountable for information security, and which contact point should customers use for security questions?',
    ja: '情報セキュリティの責任者はどなたですか。お客様がセキュリティに関して問い合わせる窓口もご教示ください。',
  },
  '6.1.3': {
    en: 'In which countries do you operate and store customer data, and which authorities would you deal with in an incident or a legal request? Will the customer be told?',
    ja: 'サービスを運営し、お客様データを保存する国・地域はどこですか。インシデントや法的な開示要求の際に連絡する当局と、その際にお客様へ通知するかをご回答ください。',
  },
  'CLD.6.3.1': {
    en: 'Which security tasks do you carry out and which remain with the customer, layer by layer (facility, hardware, platform, application, data), optional features included?',
    ja: '当社とお客様のセキュリティ上の役割分担を、設備・ハードウェア・基盤・アプリケーション・データの層ごとに、オプション機能を含めてご回答ください。',
  },
  '7.2.2': {
    en: 'Do staff who handle customer data receive security training, how often, and does it cover the confidentiality of customer data in the cloud service?',
    ja: 'お客様データを扱う従業員にセキュリティ教育を行っていますか。頻度と、クラウドサービスにおけるお客様データの機密保持を扱っているかをご回答ください。',
  },
  '8.1.1': {
    en: 'Do you keep an inventory of the assets that run the service, and how are customer data and data derived from it (such as usage logs) kept apart from your own assets?',
    ja: 'サービスを構成する資産の目録を管理していますか。お客様データとそこから派生するデータ(利用ログなど)を自社の資産とどのように区別していますか。',
  },
  'CLD.8.1.5': {
    en: 'How many days after the contract ends do you delete customer data, backups included? Until when, and in which formats, can the customer export it, and do you confirm the deletion?',
    ja: '契約終了後、お客様データを何日以内に削除しますか。バックアップからの削除時期も含めてご回答ください。あわせて、データを取り出せる期限と形式、削除の証明の有無もご教示ください。',
  },
  '8.2.2': {
    en: 'Can customers classify or label their data (tags, labels, metadata), and are the labels kept when data is copied, exported or backed up?',
    ja: 'お客様がデータに分類やラベル(タグ、メタデータ)を付けられますか。複製、エクスポート、バックアップの際にラベルは保持されますか。',
  },
  '9.1.2': {
    en: 'Over which routes can users reach the service (internet, VPN, private connection), and which controls limit network access, such as IP allow-lists or private endpoints?',
    ja: '利用者がサービスに接続できる経路(インターネット、VPN、専用線)と、接続元 IP アドレスの制限などネットワークからのアクセスを制限する機能をご回答ください。',
  },
  '9.2.1': {
    en: 'How does the customer register and remove users (console, API, directory synchronisation), are user ids unique, and what happens to deactivated accounts?',
    ja: 'お客様が利用者を登録・削除する方法(管理画面、API、ディレクトリ連携)、利用者 ID の一意性、無効にしたアカウントの扱いをご回答ください。',
  },
  '9.2.2': {
    en: 'How are access rights granted to and withdrawn from the customer’s users, which predefined roles exist, and can customers define their own?',
    ja: 'お客様の利用者へのアクセス権の付与と取消しの方法、用意されているロール、お客様が独自のロールを定義できるかをご回答ください。',
  },
  '9.2.3': {
    en: 'How are the customer’s administrator accounts protected (multi-factor authentication, separate roles), and how do you control your own staff’s privileged access to customer data?',
    ja: 'お客様の管理者アカウントの保護(多要素認証、権限の分離)と、貴社従業員によるお客様データへの特権アクセスの管理方法をご回答ください。',
  },
  '9.2.4': {
    en: 'How are initial credentials issued to users, which sign-in methods are supported (password, multi-factor, single sign-on, API keys), and how are credentials reset?',
    ja: '利用者への初期パスワード等の発行方法、対応している認証方式(パスワード、多要素認証、シングルサインオン、API キー)、再設定の手順をご回答ください。',
  },
  '9.4.1': {
    en: 'At what granularity can access to customer data be restricted (user, role, resource), and can your staff see customer data? Under which conditions?',
    ja: 'お客様データへのアクセスをどの単位(利用者、ロール、リソース)で制限できますか。貴社従業員がお客様データを閲覧できるか、できる場合はその条件もご回答ください。',
  },
  '9.4.4': {
    en: 'Are utility programs that can bypass normal controls offered to customers or used by your staff, and how is their use limited and recorded?',
    ja: '通常の管理策を回避できるユーティリティプログラムをお客様に提供し、又は貴社で使用していますか。使用者の限定と記録の方法をご回答ください。',
  },
  'CLD.9.5.1': {
    en: 'How are one customer’s data, processing and network traffic kept apart from other tenants, by which mechanism, and how is the isolation tested?',
    ja: 'お客様のデータ、処理、通信を他のテナントからどのような仕組みで分離していますか。分離の有効性をどのように検証しているかもご回答ください。',
  },
  'CLD.9.5.2': {
    en: 'How are the hypervisor and the virtual machine images you supply hardened, what is disabled by default, and how often are images updated?',
    ja: 'ハイパーバイザ及び提供する仮想マシンイメージをどのように堅牢化していますか。既定で無効にしているポートやサービス、イメージの更新頻度をご回答ください。',
  },
  '10.1.1': {
    en: 'Which data is encrypted in transit and at rest, with which algorithms and protocols? Is encryption on by default, and which options can customers add?',
    ja: '通信時と保存時に暗号化するデータと、その方式・プロトコルをご回答ください。暗号化が既定で有効か、お客様が追加できる暗号化の選択肢もご教示ください。',
  },
  '10.1.2': {
    en: 'Who generates, stores and rotates the encryption keys, can customers bring or manage their own keys, and what happens to the keys when the contract ends?',
    ja: '暗号鍵の生成、保管、更新は誰が行いますか。お客様が自身の鍵を持ち込み・管理できるか、契約終了時の鍵の扱いもご回答ください。',
  },
  '11.2.7': {
    en: 'How are storage devices that held customer data erased or destroyed before disposal or reuse, following which method, and is destruction certified?',
    ja: 'お客様データを保存した記憶媒体を廃棄・再利用する前に、どの方式でデータを消去又は破壊していますか。証明書の発行の有無もご回答ください。',
  },
  '12.1.2': {
    en: 'How far in advance, and how, do you announce changes that may affect customers, where is the change history published, and how are emergency changes communicated?',
    ja: 'お客様に影響する変更を何日前までに、どの方法で通知しますか。変更履歴の公開場所と、緊急の変更の連絡方法もご回答ください。',
  },
  '12.1.3': {
    en: 'How do you monitor and plan capacity, and which resource limits or quotas apply to each customer? How can they be raised?',
    ja: '容量をどのように監視・計画していますか。お客様ごとのリソース上限と、その引上げ方法もご回答ください。',
  },
  'CLD.12.1.5': {
    en: 'Which administrative operations can have serious or irreversible effects, where are their procedures published, and which safeguards (confirmation, approval, grace periods) protect against mistakes?',
    ja: '重大又は取り消せない影響を及ぼす管理操作はどれですか。その手順の公開場所と、誤操作を防ぐ仕組み(確認、承認、削除前の猶予期間)をご回答ください。',
  },
  '12.3.1': {
    en: 'What do you back up, how often, how long are backups kept (how many generations), where are they stored, and can customers request a restore? How long does it take?',
    ja: 'バックアップの対象、取得頻度、保管期間(世代数)、保管場所をご回答ください。お客様がリストアを依頼できるか、その所要時間もご教示ください。',
  },
  '12.4.1': {
    en: 'Which events do you log, which logs can customers access and how, and how long is each kind of log kept?',
    ja: '記録するイベント、お客様が参照できるログとその方法、ログの種類ごとの保存期間をご回答ください。',
  },
  '12.4.3': {
    en: 'Are your administrators’ and operators’ actions logged, how are those logs protected and reviewed, and are customers told about operations on their environment?',
    ja: '貴社の管理者・運用者の操作を記録していますか。そのログの改ざん防止とレビューの方法、お客様の環境で行った操作をお客様に知らせるかをご回答ください。',
  },
  '12.4.4': {
    en: 'Which time source do your systems synchronise to, and which time zone and format do log timestamps use?',
    ja: 'システムの時刻をどの時刻源(NTP サーバなど)に同期していますか。ログのタイムスタンプのタイムゾーンと形式もご回答ください。',
  },
  'CLD.12.4.5': {
    en: 'What can customers monitor themselves (dashboards, metrics, alerts), which events about their use are visible to them, and how do you share your own monitoring results?',
    ja: 'お客様自身が監視できる項目(ダッシュボード、メトリクス、アラート)、お客様が確認できる利用状況のイベント、貴社の監視結果の共有方法(ステータスページ等)をご回答ください。',
  },
  '12.6.1': {
    en: 'How do you learn of vulnerabilities and how quickly do you fix them, which parts must customers patch themselves, and how are customers told about vulnerabilities that affect them?',
    ja: '脆弱性の情報をどのように収集し、どの程度の期間で修正しますか。お客様自身が更新すべき範囲と、お客様に影響する脆弱性の通知方法もご回答ください。',
  },
  '13.1.3': {
    en: 'How is different customers’ network traffic separated, and how is your management network kept apart from customer traffic?',
    ja: 'お客様ごとの通信をどのように分離していますか。管理用ネットワークとお客様の通信の分離方法もご回答ください。',
  },
  'CLD.13.1.4': {
    en: 'How are virtual network settings kept consistent with your physical network policy, how are changes controlled, and which network controls does the customer set?',
    ja: '仮想ネットワークの設定を物理ネットワークの方針とどのように整合させていますか。設定変更の管理方法と、お客様が設定するネットワーク制御の範囲をご回答ください。',
  },
  '14.1.1': {
    en: 'Which security functions does the service offer (authentication, encryption, logging, access control), and how are security requirements considered in new features?',
    ja: 'サービスが提供するセキュリティ機能(認証、暗号化、ログ、アクセス制御)と、新機能の設計でセキュリティ要件をどのように検討しているかをご回答ください。',
  },
  '14.2.1': {
    en: 'Do you follow a secure development process (design review, code review, testing), and which security tests, such as vulnerability scans or penetration tests, run before a release?',
    ja: 'セキュアな開発手順(設計レビュー、コードレビュー、テスト)に従っていますか。リリース前に行う脆弱性診断やペネトレーションテストをご回答ください。',
  },
  '15.1.1': {
    en: 'Which other providers does the service rely on (data centre operator, underlying cloud), and how do you set and check their security requirements?',
    ja: 'サービスが依存する他の事業者(データセンター事業者、基盤クラウド)はどこですか。その事業者へのセキュリティ要求と確認の方法をご回答ください。',
  },
  '15.1.2': {
    en: 'Which documents make up the agreement (terms, SLA, data processing terms), which security measures do you commit to in it, and which service levels apply? What if they are missed?',
    ja: 'お客様との合意を構成する文書(利用規約、SLA、データ処理条件)、そこで約束するセキュリティ対策、サービスレベルと未達時の扱いをご回答ください。',
  },
  '15.1.3': {
    en: 'Which cloud services or subcontractors is the service built on, how do you ensure they meet your security level, and are customers told when they change?',
    ja: 'サービスが利用する他のクラウドサービスや委託先はどこですか。それらが貴社と同等のセキュリティ水準を満たすことの確認方法と、変更時のお客様への通知をご回答ください。',
  },
  '16.1.1': {
    en: 'How do you detect, handle and escalate security incidents, how are duties split with the customer, and what are your target times for first response and reporting?',
    ja: 'セキュリティインシデントの検知、対応、エスカレーションの手順と、お客様との役割分担、初動と報告の目標時間をご回答ください。',
  },
  '16.1.2': {
    en: 'How, and within how many hours, do you notify customers of an incident that affects them, what does the notice contain, and how do customers report incidents to you?',
    ja: 'お客様に影響するインシデントを、何時間以内に、どの方法で通知しますか。通知の内容と、お客様から貴社へ報告する窓口もご回答ください。',
  },
  '16.1.7': {
    en: 'How do you preserve evidence (logs, disk images) when an incident occurs, how can customers request it, and how do you handle authorities’ requests for customer data?',
    ja: 'インシデント発生時に証拠(ログ、ディスクイメージ)をどのように保全しますか。お客様が提供を求める方法と、当局からのお客様データの開示要求への対応をご回答ください。',
  },
  '18.1.1': {
    en: 'Which country’s law governs the contract and which court has jurisdiction, where is customer data stored and processed, and which laws and regulations do you comply with?',
    ja: '契約の準拠法と管轄裁判所、お客様データを保存・処理する国・地域、遵守している法令・規制をご回答ください。',
  },
  '18.1.2': {
    en: 'Who owns the data customers put into the service, on what terms may software supplied with it be used, and how are complaints about infringing content handled?',
    ja: 'お客様がサービスに保存したデータの権利の帰属、サービスとともに提供するソフトウェアの利用条件、権利侵害の申立ての扱いをご回答ください。',
  },
  '18.1.3': {
    en: 'Which records about the customer’s use do you keep, for how long, how are they protected, and can customers obtain them?',
    ja: 'お客様の利用に関して保持する記録(ログ、請求、アクセス記録)とその保存期間、保護の方法、お客様が入手できるかをご回答ください。',
  },
  '18.1.5': {
    en: 'Do export or import restrictions on cryptography apply to the service or its regions, and are any cryptographic features unavailable in some countries?',
    ja: 'サービス又はその提供地域に暗号の輸出入規制は適用されますか。国によって使えない暗号機能があるかもご回答ください。',
  },
  '18.2.1': {
    en: 'Which certifications and third-party audits does the service hold (e.g. ISO/IEC 27001, 27017, SOC 2), with which scope and validity, and how can customers obtain the reports?',
    ja: 'サービスが取得している認証や第三者監査(ISO/IEC 27001、27017、SOC 2 など)と、その適用範囲・有効期限、報告書や証明書の入手方法をご回答ください。',
  },
};

/** The question for a control; a control added by .wp27017.yaml has none of its own, so the reviewer asks by its title. */
export function questionFor(id: string, title: Localized): Localized {
  return QUESTIONS[id] ?? { en: `How does the service address "${title.en}" (${id})?`, ja: `「${title.ja}」(${id})への対応をご回答ください。` };
}
