// A page on deleting the records a customer keeps of its own people: a payroll or attendance manual's steps to delete
// a former employee's timesheets, a health-check service's form to ask for a leaver's data to be removed, the same
// for a record registered in error. The customer keeps using the service; the person who leaves is its employee, not
// the customer leaving the provider. What CLD.8.1.5 asks (what becomes of the customer's data when its contract ends)
// is not the page's question, so its deleting words answer it nowhere on the page: only an id written does. A page that
// speaks of the contract ending, the account closing or the customer's data going at a lapse is read as before.
import { CUSTOMER_DATA, DELETE_WORDS, othersLeave, speaksOfLeaving } from '../facts/leaving';
import { splitSentences } from '../facts/sentences';

// The customer's own people: staff, and the words that say one of them left (退職者).
const STAFF = /従業員|社員|職員|スタッフ|退職|退社|離職|\bemployees?\b|\bstaff\b|\bpersonnel\b|\bworkers?\b|\bleavers?\b/iu;

/** Whether the page deletes records of the customer's staff who left, and never speaks of the customer leaving. */
export function deletesStaffRecords(text: string): boolean {
  const folded = text.normalize('NFKC');
  if (speaksOfLeaving(folded)) return false;
  return splitSentences(folded).some(({ start, end }) => {
    const sentence = folded.slice(start, end);
    return othersLeave(sentence) && STAFF.test(sentence) && DELETE_WORDS.test(sentence) && CUSTOMER_DATA.test(sentence);
  });
}
