// A terms article on accounts or passwords that says how the provider issues, delivers or resets the secret (初期パスワード
// sent to the registered address, パスワードの再発行・再設定, "reset your password through a link we send"): the managed
// allocation of secret authentication information 27002 asks under 9.2.4 (ruling R4 of the thirty-fifth session). The
// customer's duty to keep an ID and password secret is one step of that process, which the annotations count only in
// passing: a terms document says it in nearly every account article.

const ABOUT_SECRETS = /パスワード|アカウント|\bID\b|認証|ログイン|\bpasswords?\b|\baccounts?\b|\bcredentials?\b|\bsign[- ]?in\b|\blog[- ]?in\b/iu;
const ISSUED =
  /パスワード(?:の|を)?(?:再発行|再設定|リセット|発行|送付|交付)|(?:初期|仮)パスワード|パスワード(?:再発行|再設定|リセット)|\bpassword resets?\b|\breset (?:your |a |the |their )?passwords?\b|\b(?:temporary|initial|one-time) passwords?\b/iu;

/** The words that say how the secret is issued or reset, where the section is about accounts or passwords; else undefined. */
export function credentialsIssued(heading: string, body: string): string | undefined {
  if (!ABOUT_SECRETS.test(`${heading}\n${body}`.normalize('NFKC'))) return undefined;
  return ISSUED.exec(body.normalize('NFKC'))?.[0];
}
