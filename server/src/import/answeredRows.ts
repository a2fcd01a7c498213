// A questionnaire's rows: a body laid out as questions and their answers, whatever
// the extraction left of it. A Markdown or pipe table ("| question | はい |"),
// cells apart by tabs or runs of spaces (a PDF's or a spreadsheet's), "Q:/A:"
// pairs, a Japanese check sheet (項目 | 内容 | 回答 with ○/×) or a CAIQ row
// (ID | question | Yes | notes). A row answered affirmatively ("はい", "Yes", 対応,
// ○, or an answer in words) is the provider's statement of its question; one
// answered "いいえ", "No", N/A or left empty states nothing. A row's cells are split as the
// reader splits a table's (read/tableRows.ts).
import { rowCells } from '../read/tableRows';

export interface AnsweredRow {
  /** 0-based line of the body the row stands on (a Q/A pair: the question's). */
  readonly line: number;
  /** The lines the row spans (a Q/A pair: the question's and the answer's). */
  readonly lines: readonly number[];
  readonly question: string;
  readonly answer: string;
  /** Answered yes, or in words: the question is the provider's statement. */
  readonly affirmed: boolean;
}

// A cell that asks: a question mark, a Japanese question's ending, or an English question's opening verb.
const ASKS = /[?？]\s*$|(?:ますか|ですか|でしょうか|いるか|あるか|するか|されるか)[。.]?\s*$|^(?:do|does|did|is|are|was|were|has|have|can|will|would|should|how|what|where|when|who|which)\b/iu;
const YES = /^(?:はい|yes|y|対応済み?|対応している|対応可能?|対応|実施済み?|実施している|実施|あり|有り?|準拠|適合|可|[○◯✓✔●]|true|implemented|in place|supported|compliant)(?=$|[\s。.、,:：!！()（）\-－—])/iu;
const NO = /^(?:いいえ|no|n|n\/a|na|none|not applicable|該当なし|該当しない|非該当|対象外|不要|なし|無し?|非対応|未対応|未実施|未定|不可|予定なし|(?:対応|実施)して(?:いない|おりません|いません)|[×✕✗－—–-]|false|not (?:yet|supported|implemented|applicable|available))(?=$|[\s。.、,:：!！()（）\-－—])/iu;
// A cell that is an answer and nothing more: a verdict alone, or one with a short remark.
const verdictOf = (cell: string): 'yes' | 'no' | undefined => (NO.test(cell) ? 'no' : YES.test(cell) ? 'yes' : undefined);

// An identifier column (CAIQ "AIS-01.1", "A.12.4.1", "No. 3", "Q12"): no question of its own.
const ID_CELL = /^(?:[A-Z]{2,5}[-.]\d{1,3}(?:\.\d{1,3})*|[A-Z]?\.?\d{1,3}(?:\.\d{1,3}){0,3}|No\.?\s*\d+|Q\d+|#\d+)$/iu;

/** A row's cells without Markdown emphasis and links ("**Yes**", "[policy](…)"), tags or non-breaking spaces: layout, not words. */
const plain = (cell: string) =>
  cell
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .trim();

const cellsOf = (line: string) => rowCells(line)?.map(plain);

/** One row of cells read as a question and its answer, or nothing: a matrix's row of several verdicts answers no question. */
function rowOf(cells: readonly string[]): { question: string; answer: string; verdict?: 'yes' | 'no'; asks: boolean } | undefined {
  const verdicts = cells.map((c) => (c.length <= 40 ? verdictOf(c) : undefined));
  if (verdicts.filter((v) => v !== undefined).length > 1) return undefined;
  const asking = cells.findIndex((c) => c.length >= 8 && ASKS.test(c));
  const at = verdicts.findIndex((v) => v !== undefined);
  // A check sheet's item and statement before its verdict ("データの暗号化 | 保存データを暗号化している | ○"), numbers left out.
  const asked = asking !== -1 ? cells[asking] : at > 0 ? cells.slice(0, at).filter((c) => c !== '' && !ID_CELL.test(c)).join(' ') : '';
  if (asked.length < 8) return undefined;
  const rest = cells.slice((asking !== -1 ? asking : at - 1) + 1).filter((c) => c !== '');
  const answer = rest.join(' ');
  const verdict = rest[0] !== undefined && rest[0].length <= 40 ? verdictOf(rest[0]) : undefined;
  if (asking === -1 && verdict === undefined) return undefined;
  return { question: asked, answer, verdict, asks: asking !== -1 };
}

const Q_LINE = /^[ \t\u3000]*(?:Q[0-9０-９]*|質問[0-9０-９]*|問[0-9０-９]+)[ \t\u3000]*[.．:：)）][ \t\u3000]*(\S.*)$/iu;
const A_LINE = /^[ \t\u3000]*(?:A[0-9０-９]*|回答[0-9０-９]*|答[0-9０-９]*)[ \t\u3000]*[.．:：)）][ \t\u3000]*(\S.*)$/iu;

/**
 * The rows of a body laid out as a questionnaire, or none: three rows at least that each pair a question with its
 * answer, two of them answered yes or no (or three that ask), so a table of values or a matrix is no questionnaire.
 */
export function answeredRows(body: string): AnsweredRow[] {
  const lines = body.split('\n');
  const found: { line: number; lines: number[]; question: string; answer: string; verdict?: 'yes' | 'no'; asks: boolean }[] = [];
  for (let n = 0; n < lines.length; n++) {
    const q = Q_LINE.exec(lines[n]);
    if (q !== null) {
      // The answer follows its question, perhaps after a blank line, and runs to the next blank line or question.
      let k = n + 1;
      while (k < lines.length && k <= n + 2 && lines[k].trim() === '') k++;
      const a = k < lines.length ? A_LINE.exec(lines[k]) : null;
      if (a !== null) {
        const spans = [n, k];
        const said = [a[1]];
        for (let m = k + 1; m < lines.length && lines[m].trim() !== '' && !Q_LINE.test(lines[m]); m++) {
          said.push(lines[m].trim());
          spans.push(m);
        }
        const answer = plain(said.join(' '));
        found.push({ line: n, lines: spans, question: plain(q[1]), answer, verdict: verdictOf(answer), asks: true });
        n = spans[spans.length - 1];
        continue;
      }
    }
    const cells = cellsOf(lines[n]);
    const row = cells && cells.length >= 2 ? rowOf(cells) : undefined;
    if (row !== undefined) found.push({ line: n, lines: [n], ...row });
  }
  const verdicts = found.filter((r) => r.verdict !== undefined).length;
  if (found.length < 3 || (verdicts < 2 && found.filter((r) => r.asks).length < 3)) return [];
  return found.map(({ line, lines: spans, question, answer, verdict }) => ({ line, lines: spans, question, answer, affirmed: verdict === 'yes' || (verdict === undefined && answer.trim() !== '') }));
}

/**
 * The body with the rows that answer nothing blanked (line for line, so offsets stay): a question answered "No" or left
 * empty names no practice of the provider's, and its words must not count for one.
 */
export function withoutDeclinedRows(body: string, rows: readonly AnsweredRow[]): string {
  const declined = new Set(rows.filter((r) => !r.affirmed).flatMap((r) => r.lines));
  if (declined.size === 0) return body;
  return body
    .split('\n')
    .map((line, n) => (declined.has(n) ? ' '.repeat(line.length) : line))
    .join('\n');
}

/**
 * What an affirmed row states, as one sentence of the provider's: its question (its mark dropped, so the answer stays in
 * the same sentence) and its answer, with the spaces a machine
 * translation sets between Japanese words closed up ("イベント ログ記録" is イベントログ記録).
 */
export function statedByRow(row: AnsweredRow): string {
  return `${row.question.replace(/[?？]\s*$/u, '')} ${row.answer}`.replace(/(?<=[\p{sc=Katakana}ー\p{sc=Han}]) (?=[\p{sc=Katakana}ー])|(?<=[\p{sc=Katakana}ー]) (?=[\p{sc=Han}])/gu, '');
}

/** A line that is one questionnaire row, asked and answered yes or no ("| Do you log events? | Yes |"), read alone. */
function askedRow(line: string): { question: string; answer: string; verdict?: 'yes' | 'no' } | undefined {
  const cells = cellsOf(line);
  const row = cells && cells.length >= 2 ? rowOf(cells) : undefined;
  return row !== undefined && row.asks && row.verdict !== undefined ? row : undefined;
}

/**
 * The statement of a line that is one questionnaire row answered yes ("| Do you log every system component? | Yes |",
 * 「…イベントログを設定していますか? | はい」), or undefined: where a rule's finding sits on such a row, the row says the
 * provider's practice as a sentence would.
 */
export function affirmedRowStatement(line: string): string | undefined {
  const row = askedRow(line);
  return row?.verdict === 'yes' ? statedByRow({ line: 0, lines: [0], question: row.question, answer: row.answer, affirmed: true }) : undefined;
}

/** A line that is one questionnaire row answered "No" or N/A: whatever its question names, the provider states none of it. */
export const declinedRow = (line: string) => askedRow(line)?.verdict === 'no';
