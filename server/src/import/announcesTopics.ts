// Whether a page's opening only announces what the page is about. A narrow page
// (one notice, one docs page, a short security page) often opens under its
// title with a date line and one sentence that lists its topics ("Security
// measures, encryption, access controls, incident response and breach
// notification.", 「本ページでは、暗号化、アクセス管理、インシデント対応について
// ご案内します。」): a table of contents in a sentence. It names the topics the
// sections below take up, or that the stored text never reaches; it answers
// none of them, so neither it nor the title it stands under names a control.

// A date line: "Last updated: 12 March 2026", "Posted 4 March 2026", 「2026年1月20日更新」, 「2026/01/20」.
const DATE_LINE =
  /^[\s\u3000]*(?:(?:last\s+)?(?:updated|modified|revised|reviewed|posted|published|effective(?:\s+date)?|date)(?:\s+on)?[:：]?\s*)?(?:\d{1,2}\s+[a-z]+\.?\s+\d{4}|[a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\s*\d{1,2}月\s*\d{1,2}日)[\s\u3000]*(?:更新|改定|公開|掲載|作成|制定)?(?:日)?[\s\u3000]*$|^[\s\u3000]*(?:最終)?(?:更新|改定|公開|掲載)日?[:：]/iu;

// A sentence that says what the page covers: "This page describes …", "In this article …", 「本ページでは…ご案内します」.
const COVERS =
  /^(?:(?:this|the following)\s+(?:page|article|document|section|policy|notice|guide)\s+(?:describes|explains|covers|outlines|sets\s+out|summari[sz]es|provides\s+an\s+overview\s+of)|(?:in|on)\s+this\s+(?:page|article|document)\b|learn\s+(?:about|how)\b)|^(?:本|この)(?:ページ|記事|資料|文書|書)(?:で|に)は[^。]*(?:ご(?:案内|説明|紹介)|説明|紹介|記載|まとめ)/iu;

// A list of topics: three or more short parts joined by commas and a last "and"/「および」, with no verb of practice.
const PART_SEPARATOR = /\s*(?:,|、|，|;)\s*(?:and\s+|or\s+)?|\s+(?:and|&)\s+|および|及び|ならびに|並びに|や/u;
const PRACTICE_VERB =
  /\b(?:is|are|was|were|we|our|us|will|shall|must|can|may|have|has|do|does|keep|keeps|kept|store|stores|stored|delete|deletes|deleted|encrypt|encrypts|run|runs|take|takes|taken|review|reviewed|notify|notifies|notified)\b|(?:して|します|しています|されます|いたします|ます|です|でした)(?:。|$)/iu;

const CLOSING_MARKS = '.。．!！';

// Stripped by hand: a pattern anchored at the end ("[.。]+$") retries from every mark of a long run, quadratic in it.
function withoutClosingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSING_MARKS.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

function listsTopics(sentence: string): boolean {
  const text = withoutClosingMarks(sentence.replace(/^[^:：]{1,60}[:：]\s*/u, '')).trim();
  if (text === '' || PRACTICE_VERB.test(text)) return false;
  const parts = text.split(PART_SEPARATOR).filter((part) => part.trim() !== '');
  return parts.length >= 3 && parts.every((part) => part.trim().split(/\s+/).length <= 6 && part.trim().length <= 40);
}

/** Whether a line only announces: a date, a sentence saying what the page covers, or a list of its topics. */
function announces(line: string): boolean {
  const text = line.trim();
  return text === '' || DATE_LINE.test(text) || COVERS.test(text) || listsTopics(text);
}

/** Whether an opening text is nothing but announcements: the date, what the page covers, its topics in a list. */
export function announcesTopics(body: string): boolean {
  const lines = body.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 0 && lines.every(announces);
}
