// A product's access features are what the customer configures for its own
// users ("you can enable two-factor authentication", "管理画面から IP アドレス
// 制限を設定できます"), or how-to steps ("Setting up two-factor auth", a
// password-reset question), or advice to the customer on its own passwords and
// rights ("パスワードは12文字以上にしてください"): they do not say how the
// provider controls access to its own systems, which is what 9.2.x, 9.4.1 and
// 13.1.3 ask. A section that
// also says what the provider's staff do ("our engineers sign in with MFA",
// "従業員のアクセス権") answers them.

import { toReader } from '../facts/advice';
import { splitSentences } from '../facts/sentences';

/** The controls a product feature's words name without answering them. */
export const FEATURE_CONTROLS: ReadonlySet<string> = new Set(['9.2.2', '9.2.4', '9.4.1', '13.1.3']);

// The customer configures something, or is told which button to press.
const CUSTOMER_CONFIGURES = new RegExp(
  [
    String.raw`\b(?:you|users?|admins?|administrators?|customers?|account owners?|workspace owners?|team owners?) (?:can|may|are able to|is able to|will be able to|must|should|need to|have the option to) (?:also )?(?:enable|turn on|turn off|set up|configure|require|enforce|add|create|reset|change|choose|restrict|invite|assign|manage|define|limit|disable|grant|revoke|whitelist|allowlist)\b`,
    String.raw`\b(?:click|tap|navigate to|go to (?:the )?(?:settings|admin|account|security))\b`,
    String.raw`\bcan be (?:enabled|configured|turned on|set up|enforced|restricted)\b`,
    String.raw`(?:お客様|利用者|ユーザー?|管理者|契約者)(?:は|が|ご自身で|自身で|側で)[^。\n]{0,80}?(?:設定|有効に|有効化|変更|リセット|制限|付与|招待)(?:でき|して|いただ|する(?:こと|ことが)でき)`,
    String.raw`設定画面|管理画面(?:から|で|の)|をクリック|をタップ|を選択し|を有効にし`,
  ].join('|'),
  'iu',
);

// On a catalogue of features, Japanese leaves the customer unsaid: "パスワードを設定すると、受け取る方は…", "有効にできます".
// Elsewhere "利用者ごとにアクセス権を設定できます" may be the provider's own administration.
const FEATURE_SETTING = /(?:を|が)(?:設定|有効に|有効化|登録|指定)(?:すると|すれば|できます|できる|いただけます|することができます)/u;

// The provider's own people and systems.
const PROVIDER_PRACTICE =
  /\bour (?:staff|employees|engineers|personnel|team members|workforce|operators|support (?:staff|team)|internal|production|infrastructure|corporate)\b|\b(?:employees|staff|personnel|engineers) (?:must|are required|use|have|sign|log|access)\b|\binternal (?:systems|access|tools)\b|\bleast privilege\b|\bneed[- ]to[- ]know\b|従業員|社員|当社(?:の)?(?:運用|担当|管理者|作業者|スタッフ|システム)|運用担当者|運用者|社内|最小権限|必要最小限/iu;

// A heading that is a how-to ("Setting up two-factor auth", "パスワードの再設定方法"), the customer's own question, or
// the ways its users sign in to the product ("Sign-in methods", "ログイン方法").
const HOW_TO =
  /^(?:(?:setting up|set up|how (?:do|can) (?:i|we|you)|how to|enabling|enable|configuring|configure|resetting|reset|changing|change|managing|manage)\b|.*(?:設定方法|の設定手順|再設定|変更方法|を設定する|するには|できますか|方法を教えて)|.*\b(?:i|my)\b.*\?$|.*\b(?:sign[- ]?in|log[- ]?in|login) (?:methods?|options?)\b|.*(?:ログイン|サインイン)(?:の)?(?:方法|手段))/iu;

// Staff named only to say what they never do ("当社の社員がパスワードをお尋ねすることはありません", "we will never ask
// for your password") reassure the customer against phishing: no practice of the provider's own access.
const NEVER_ASKS = /(?:お尋ね|お聞き|お伺い|伺う|伺い|要求|求め)[^。\n]{0,20}?(?:ありません|しません|いたしません)|\b(?:never|not|won't) (?:ever )?(?:ask|request)\b/iu;

const practises = (text: string) => splitSentences(text).some(({ start, end }) => {
  const sentence = text.slice(start, end);
  return PROVIDER_PRACTICE.test(sentence) && !NEVER_ASKS.test(sentence);
});

// An instruction to the reader ("組み合わせてください", "使わないでください", "Never share your password"); a pointer to
// another page or to the support desk ("ご覧ください", "contact us") is not one.
const INSTRUCTS =
  /(?<!ご覧|ご参照|参照し|お問い?合わせ|お問合せ|ご連絡|ご相談)(?:て|で)(?:ください|下さい)|^[\s\W]{0,3}(?:use|choose|keep|never|do not|don't|make sure|avoid|enable|turn on|change|update)\b/imu;

/** Whether most sentences of a body tell the customer what to do ("…してください", "we recommend that you"). */
function advisesCustomer(body: string): boolean {
  const sentences = splitSentences(body).map(({ start, end }) => body.slice(start, end)).filter((s) => /[\p{L}\p{N}]/u.test(s));
  const told = (s: string) => toReader(s).advises || INSTRUCTS.test(s.trim()) || NEVER_ASKS.test(s);
  return sentences.length > 0 && sentences.filter(told).length * 2 >= sentences.length;
}

/**
 * Whether a section describes a feature the customer configures, a how-to, or advice to the customer on its own
 * settings and passwords, and nothing of the provider's own practice. `catalogue`: the page is a catalogue of features.
 */
export function customerFeature(heading: string, text: string, catalogue = false): boolean {
  const head = heading.normalize('NFKC').trim();
  const body = text.normalize('NFKC');
  if (practises(body) || PROVIDER_PRACTICE.test(head)) return false;
  const below = body.startsWith(head) ? body.slice(head.length) : body;
  return HOW_TO.test(head) || CUSTOMER_CONFIGURES.test(body) || (catalogue && FEATURE_SETTING.test(body)) || advisesCustomer(below);
}

// A heading that tells the reader to switch a feature off ("Disable logging of XHR/Fetch requests", "Turn off video
// upload", 「ログ送信を無効にする」) is a setting of the product the customer changes: what it turns off is the
// customer's choice, no practice of the provider's, whichever topic it names.
export const SWITCHED_OFF = /^(?:disabl(?:e|ing)|turn(?:ing)? off|opt(?:ing)? out|deactivat(?:e|ing))\b|(?:を|の)(?:無効(?:に|化)|オフに)(?:する(?:には|方法)?|します)?$/iu;

// A heading in the standard's own words for a control (the English title or the JIS one, as an ISO-ordered whitepaper
// heads its sections: "User access provisioning", "Management of secret authentication information", 利用者の秘密認証情報
// の管理, 情報へのアクセス制限) names its subject outright: a sentence under it that the customer's administrators change
// a role or may require MFA is how the provider's practice reaches the customer, not a feature in place of an answer.
const STANDARD_TITLES: ReadonlyMap<string, RegExp> = new Map([
  ['9.2.2', /\b(?:user )?access provisioning\b|^(?:[\d.\s]*)(?:利用者)?アクセス(?:権)?の(?:提供|付与)$/iu],
  ['9.2.4', /\bsecret authentication information\b|秘密認証情報|認証情報(?:の)?管理/iu],
  ['9.4.1', /\binformation access restriction\b|\brestricting access to information\b|情報へのアクセス制限/iu],
  ['13.1.3', /\bsegregation in networks\b|ネットワークの分離/iu],
]);

/** Whether a heading names a control in the standard's own title words. */
export function standardTitle(id: string, heading: string): boolean {
  return STANDARD_TITLES.get(id)?.test(heading.normalize('NFKC').trim()) ?? false;
}
