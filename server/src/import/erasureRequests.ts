// A section on the requests of the people whose personal data the customer holds ("User Data Deletion Requests API",
// "Right to erasure", 開示・訂正・削除の請求) deletes one person's data while the service runs, on that person's word or
// the customer's: a privacy duty, not what becomes of the customer's data when it leaves (CLD.8.1.5). It answers that
// only where it speaks of the customer leaving too.
import { speaksOfLeaving } from '../facts/leaving';
import type { RecognizedControl } from './recognizeControls';

const ERASURE_REQUEST =
  /\b(?:deletion|erasure|removal|data|privacy|subject|user|gdpr|ccpa)\s+(?:access\s+)?requests?\b|\bright\s+(?:of|to)\s+(?:erasure|deletion|be\s+forgotten)\b|\bdata\s+subjects?\b|\bdsars?\b|(?:削除|消去)(?:の)?(?:請求|依頼|要求|申請|リクエスト)|開示[・、]?訂正/iu;

/**
 * Whether CLD.8.1.5, read from words, stands on a section about individuals' deletion requests (its heading's or, for
 * the steps under it, its `parent` heading's topic) that never names the customer leaving.
 */
export function erasureRequestOnly(control: RecognizedControl, heading: string, body: string, parent = ''): boolean {
  if (control.id !== 'CLD.8.1.5' || control.via === 'reference') return false;
  return ERASURE_REQUEST.test(`${parent}\n${heading}`.normalize('NFKC')) && !speaksOfLeaving(`${heading}\n${body}`.normalize('NFKC'));
}
