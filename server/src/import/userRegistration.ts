// A terms article on registering users (「第3条（登録）」, 「ユーザー登録」, "Account Credentials") that states both how a
// user is registered (an application the provider approves: 申請 … 承認, 登録を認め, "may accept or reject any
// registration") and how the provider removes one (登録抹消, 登録の取消, アカウントの停止・削除, "disable any account"):
// the formal registration and de-registration 27002 asks under 9.2.1 (ruling R4 of the thirty-fifth session). The
// article that admits the customer with no word on removing users, or removes without saying how users are admitted, is
// the contract's step, which the annotations count only in passing.

const ABOUT_USERS = /登録|アカウント|会員|利用資格|利用申込|\bID\b|\baccounts?\b|\bregistration\b|\bsign[- ]?ups?\b|\busers?\b|\bcredentials\b/iu;
const APPLIED = /申請|申込|申し込|\b(?:apply|applies|applied|application|register|registers|registered|registering|sign(?:s|ed)? up|signing up|create an account)\b/iu;
const APPROVED =
  /承認|承諾|許可|登録を認め|登録(?:の|が)完了|\b(?:accept|approve|reject|refuse|decline|deny)(?:s|d|ed)?\b[^.\n]{0,40}\b(?:registrations?|applications?|accounts?|users?)\b/iu;
const REMOVED =
  /抹消|登録(?:を|の)?(?:取消|取り消|削除|解除)|(?:アカウント|ID|利用資格|会員資格)(?:を|の)?(?:削除|停止|凍結|無効|取消|取り消)|利用(?:を|の)?停止|\b(?:disable|suspend|terminate|delete|deactivate|close|remove)(?:s|d|ed)?\b[^.\n]{0,40}\b(?:accounts?|credentials|registrations?)\b/iu;

/** The words that state registration, its approval and the provider's removal, where the section states all three; else undefined. */
export function userRegistration(heading: string, body: string): string[] | undefined {
  if (!ABOUT_USERS.test(heading.normalize('NFKC'))) return undefined;
  const text = body.normalize('NFKC');
  const found = [APPLIED, APPROVED, REMOVED].map((pattern) => pattern.exec(text)?.[0]);
  return found.every((words) => words !== undefined) ? (found as string[]) : undefined;
}
