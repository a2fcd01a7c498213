// Whether a section's text says anything, or only names topics. A published
// page whose stored text lost its bodies keeps the headings and the labels
// that stood before the lost text ("Data at Rest:", "Key Management:"), the
// sub-headings of an empty chapter ("2.1 Security Team") and a sentence that
// announces a list that never comes ("We comply with these standards:"). A
// heading over such a body promises nothing, and neither do the words in it.

// A line that only introduces what should follow it: a label, or a sentence ending on a colon.
const ANNOUNCES = /[:：]$/u;
// A list's bullet or a numbering in front of a line.
const MARKER = /^(?:[-*・•●■◆▼▶→]|\(?[0-9０-９]{1,2}[).．]|[①-⑳])[\s\u3000]*/u;
// A numbered line that is a heading: a section number, then a few words that end no sentence ("2.1 Security Team", "第3条(免責)").
const NUMBERED_TITLE = /^(?:第?[0-9０-９一二三四五六七八九十]+(?:[.．][0-9０-９]+)*[.．章条節]?)[\s\u3000]*[^。.!?！？]{1,40}$/u;

function statement(raw: string): boolean {
  const line = raw.trim();
  if (line === '' || ANNOUNCES.test(line)) return false;
  if (NUMBERED_TITLE.test(line) && line.split(/\s+/).length <= 6) return false;
  const text = line.replace(MARKER, '');
  // A label with its value ("Region: Tokyo", "保存期間：90日") states it.
  if (/^[^:：]{1,40}[:：][\s\u3000]*\S/u.test(text)) return true;
  // A line of three words or of six characters of Japanese says something (a list item "AES-256 at rest" does).
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 3 || (text.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu)?.length ?? 0) >= 6;
}

/** Whether any line of `text` states something: false for a text of labels, sub-headings and announcements alone. */
export function statesSomething(text: string): boolean {
  return text.split('\n').some(statement);
}
