// Under a heading of security in general ("Data Security", "Operational Security", セキュリティ対策), a body that
// names access control once and says whose access it limits answers 9.4.1, though one phrase said once is short of the
// body's bar: "role-based access control … All access to our systems is tightly controlled", "Database access is
// restricted to the engineering team on a need-to-know basis".
import { wordGaps } from '../core/wordGaps';

/** A heading of security in general: no topic of its own, the provider's measures at large. */
export const SECURITY_AT_LARGE = /^[\s\d.)#（(]*(?:(?:data|information|operational|application|platform|infrastructure|system|cloud|account|our|service)\s+)?(?:security|protection|safeguards)(?:\s+(?:measures|practices|overview))?\s*$|^[\s\d.)（(]*(?:情報|データ)?(?:セキュリティ|保護)(?:対策|について)?\s*$/iu;

// A sentence that limits access: access restricted, limited or controlled, access kept to some people, or the standard's
// principles of it said outright.
const LIMITS = wordGaps(
  /\baccess\b[^.;\n]{0,60}\b(?:is|are)\s{1,3}(?:strictly\s{1,3}|tightly\s{1,3})?(?:restricted|limited|controlled)\b|\b(?:restrict|limit)(?:s|ed|ing)?\s{1,3}(?:all\s{1,3})?access\b|\bneed[- ]to[- ]know\b|\bleast[- ]privilege\b|(?:アクセス|閲覧|権限)[^。\n]{0,30}(?:限定|制限)|最小(?:限の)?権限|知る必要/iu,
);

/** The words that say access is limited, where the section says it. */
export function accessLimited(body: string): string | undefined {
  return LIMITS.exec(body.normalize('NFKC'))?.[0];
}
