// What each line of a plain-text or Markdown whitepaper is, decided for the
// document as a whole: which numbering schemes it uses for headings
// (consistently and in sequence), how indented its headings and its prose are,
// which numbered runs are lists (announced by the sentence before, or items
// that follow one another with nothing between), and which lines are a
// contents block, page furniture or table rows.
import { contentsBlock } from './contentsBlock';
import { carriesValue, frontMatters, leavesValueOpen } from './frontMatters';
import { linkLabels } from './linkLabels';
import { markupHeadings } from './markupHeadings';
import { htmlComments, markupNoise } from './markupNoise';
import { ANSWER, BOLD_LINE, COUNTED, followsInSequence, markerOf, type Marker, type SchemeFamily } from './numbering';
import { pageFurniture } from './pageFurniture';
import { tableRows } from './tableRows';
import { maxOf, minOf } from '../core/arrays';

export type LineKind = 'blank' | 'heading' | 'paragraph' | 'list-item' | 'continuation' | 'table-row' | 'contents' | 'furniture';

export interface LineClass {
  readonly kind: LineKind;
  /** A heading's depth or a list item's nesting (1 = outermost). */
  readonly level: number;
  /** A heading's words without decoration, numbers kept. */
  readonly title?: string;
}

const NUMBERED: ReadonlySet<SchemeFamily> = new Set(['dotted', 'hyphen', 'chapter', 'paren', 'circled', 'alpha', 'markdown']);
// A Japanese sentence that lost its 。 still ends as a sentence does ("…を通知します"); a title ends with its topic.
const SENTENCE_END = /(?:[。．！？!?、，,;；:：]|ます|ません|ました|です|でした|ください)$/;
/** A table's cell of a count or an amount, alone on its line: "8 回(残り2 回)", "30 days", "10 GB". */
const QUANTITY_CELL = /^[0-9０-９][0-9０-９,.]*[\s\u3000]*(?:回|日|件|個|人|名|年|か月|ヶ月|カ月|週間?|時間|分|秒|世代|円|[KMGT]B|%|times?\b|days?\b|hours?\b|weeks?\b|months?\b|years?\b|copies\b|users?\b)/iu;
/** How a Japanese sentence ends without its full stop: a state or a polite past, which no title ends with. */
const PREDICATE_END = /(?:てい(?:る|ない|ます|ました)|でい(?:る|ない)|ており(?:ます|ません)|ません|ました|でした)$/u;
const ANNOUNCES_LIST = /[:：]$|(?:以下|下記|次)(?:の|に|を)?(?:とおり|通り|ような|ように|事項|項目|内容|もの|措置|対策|場合)|(?:following|as follows|below|include|includes|including)[:.]?$/i;
/** How a line starts that carries on the line above: English in lower case, Japanese with an ending or a particle no sentence starts with. */
const RUNS_ON = /^(?:\p{Ll}|(?:ます|ません|ました|です|でき|てい|てく|ては|てお|ること|るもの|るため|した|して|しま|する|され|させ|れる|れま|れた|った|って|いる|いま|いた|いて|[をがにでとへやのてたずんっゃゅょー、。])(?![\s\u3000]*$))/u;
const NOT_A_TITLE = /:\/\/|@|\t|^\.\.\s|^:[\w-]+:|^\d{4}[年/.-]\d{1,2}|^(?:\d{1,2}\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+\d{4}$|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]\d{1,2}[:.]\d{2}|\.(?:png|jpe?g|gif|svg|webp)$|^\[?!\[|^[\d\s.,%/:-]+$|(?:株式会社|有限会社|合同会社|Inc\.?|Ltd\.?|LLC|Corporation|GmbH)$|(?:\.{3}|…)$|^(?:図|表)[\s\u3000]*\d*[\s\u3000.:：]|^(?:Figure|Fig\.|Table)\s*\d+\b|\b[Cc]opyright\b|©|[Aa]ll [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED|^(?:\[[^\]]*\][\s\u3000]*){2,}$/;
// A count of what a group lists ("8 Controls" under a group's name on a page of cards, "12 件") heads nothing.
const COUNT_LINE = new RegExp(String.raw`^\d{1,4}[\s\u3000]*${COUNTED}$`, 'i');

// A path through an application's menus ("Settings > Security > Audit log", "管理画面 ＞ 設定", "Admin → Users"), as a help article
// sets it on a line of its own, says where to click; so does a screenshot's caption of labels joined by colons ("退会:PC版:編集画面").
// Neither heads anything. (Bounded runs keep the colon pattern linear on a long line.)
const MENU_PATH = /\S[\s\u3000]*(?:>|＞|→|›|»|⇒|▶|►)[\s\u3000]*[^\s\u3000]|(?:^|[\s:：])[^\s:：]{1,40}[:：][^\s:：]{1,40}[:：][^\s:：]/;

// A label that adds to what stands above it ("Note:", "例：") heads nothing.
// A subject or object set off by a comma ("本サービスは、…", "当社が、…") opens a sentence, and a title holds no "。" even in an aside
// ("(以下「本規約」といいます。)"): a PDF line cut from a sentence is no title.
const CLAUSE = /[はがを]、/;
const ASIDE_LABEL = /^(?:notes?|nb|example|examples|for example|e\.g\.|important|tip|tips|hint|warning|caution|remarks?|see also|source|sources|注|注意|注意事項|備考|例|参考|補足|※.*)$/i;
// An English line that opens with its verb ("May need customization for specific industries", "Requires an admin role") is a
// sentence whose subject is the item above it, as a list of pros and cons words them: a title names its topic first.
const VERB_FIRST = /^(?:May|Might|Can|Cannot|Can't|Could|Will|Won't|Would|Should|Must|Does|Doesn't|Is|Isn't|Are|Aren't|Has|Lacks|Requires|Needs)\s+\p{Ll}/u;
// A policy's requirement ("Backups shall be encrypted", "Visitors must be escorted") is a sentence that lost its full stop, one of a list
// of them: a title names a topic, it does not oblige anyone.
const OBLIGES = /^(?!(?:What|How|Why|When|Who|Which|Where)\b)\p{Lu}[\p{L}'’ -]*\s(?:shall|must)\s+(?:not\s+)?\p{Ll}/u;
const ARTICLE_CAPTION = /^[（(][^（）()]{1,30}[）)]$/;
// A paragraph of an article named after its caption ("第5条(本サービスの内容)1項", a revision notice's list of what changed)
// cites a place in another text: an article's own heading never ends on a paragraph's number.
const CITES_PARAGRAPH = /[)）\s\u3000]第?[\s\u3000]*[0-9０-９一二三四五六七八九十]{1,3}[\s\u3000]*項(?:[\s\u3000]*第?[0-9０-９]{1,3}[\s\u3000]*号)?$/u;
// A clause that runs its caption into its first sentence on one line ("1. Definitions. For the purposes of this DPA", "4. Deletion.
// Within 30 days after the agreement ends, …"), as an agreement sets its numbered clauses, is the clause: a title ends where its
// caption does. The sentence after the full stop is told from a title's second part ("Annex. Technical and Organisational Measures")
// by its words in lower case.
const CAPTION_THEN_SENTENCE = /^\p{Lu}[\p{L}-]{2,}(?: [\p{L}-]+){0,3}\.[ \t]+(\p{Lu}\S*(?: \S+){3,})$/u;
const ABBREVIATED = /(?:^|\s)(?:Inc|Ltd|Corp|Co|No|Nos|St|Dr|Mr|Mrs|Ms|Fig|Figs|Vol|Art|Sec|Para|Approx|Dept|Ref|Ver|etc|vs)\.[ \t]/;
const runsIntoSentence = (words: string) => {
  const sentence = CAPTION_THEN_SENTENCE.exec(words)?.[1];
  if (!sentence || ABBREVIATED.test(words)) return false;
  const rest = sentence.split(/\s+/).slice(1);
  return rest.filter((w) => /^\p{Ll}/u.test(w)).length * 2 > rest.length;
};
const BARE_STEP = /^(?:ステップ|手順|step)[\s\u3000]*\d{1,2}[\s\u3000.．:：)）]*$/i;

const DEFINITIONS_TITLE =
  /^[(（【［[]?(?:(?:key |important )?definitions?(?: of terms)?|glossary(?: of terms)?|terms(?: and definitions| used| we use)?(?: (?:in|on) this (?:page|document|policy|agreement))?|defined terms|key terms|(?:本書|本サービス|本規約|本ページ|本方針)?(?:で(?:使用|用い)る)?用語(?:の定義|の説明|の意味|の解説|集|解説|説明)?|定義|用語と定義)[)）】］\]]?[:：]?$/i;
/** A definitions table's header cells, each on a line of its own. */
const HEADER_CELL = /^(?:用語|語句|項目|説明|意味|定義|内容|term|terms|word|definition|meaning|description)$/i;
// A definition says what a word means; a line that commits the provider to something ("We delete …", "当社は…します。") is a section's prose.
const COMMITS = /^(?:we|our|us|when|if|after|before|upon|once|you|customers?|users?|all (?:customer )?data (?:is|are))\b|当社|弊社|お客様|(?:します|されます|しません|できます|いたします)。$/i;
const DEFINES = /^(?:means|refers to|is|are|has the meaning)\b|\b(?:means|refers to)\b|(?:をいう|をいいます|を指す|を指します|を意味します|を意味する|のことです)[。．]?$/i;
// A meaning given as a noun phrase, not a sentence: "A copy kept in another zone.", "Putting data back from a snapshot.",
// "保存しておくバックアップの個数。": no verb of its own before what qualifies the noun, no Japanese sentence ending.
const NOUN_PHRASE_EN = /^(?:(?:[Aa]|[Aa]n|[Tt]he|[Aa]ny|[Ee]ach)\s|\p{Lu}\p{Ll}+ing\s)/u;
const FINITE_EN = /\b(?:is|are|was|were|will|can|has|have|must|shall|may|we|our|you)\b/i;
const SENTENCE_END_JA = /(?:ます|です|した|する|れる|ない|ある|いる|できる|なる)[。．]?$/;
const nounPhrase = (line: string) =>
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(line) ? !SENTENCE_END_JA.test(line) && !COMMITS.test(line) : NOUN_PHRASE_EN.test(line) && !FINITE_EN.test(line.split(/\b(?:that|which|who|whom|whose|where|when|before|after)\b/i)[0]);

const ASIDE = /[(（[［][^()（）[\]［］]*[)）\]］]/g;
/** The words without asides in brackets, nested once ("(ISO/IEC 27001:2013] A.9.1.2)"). */
const withoutAsides = (text: string) => text.replace(ASIDE, '').replace(ASIDE, '');

const indentOf = (line: string) => {
  let width = 0;
  for (const c of line) {
    if (c === ' ') width += 1;
    else if (c === '\t') width += 4;
    else if (c === '\u3000') width += 2;
    else break;
  }
  return width;
};

const isJapanese = (lines: readonly string[]) => {
  const sample = lines.slice(0, 400).join('');
  return (sample.match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0) > sample.length * 0.05;
};

/** The longest run of headings whose numbers only move forward; the others are list items that restart a count. */
function inSequence(candidates: readonly { n: number; path: readonly number[] }[]): Set<number> {
  // Patience sorting over the lexicographic order of numbers: O(n log n) on long documents.
  const tails: number[] = [];
  const previous: number[] = new Array(candidates.length).fill(-1);
  candidates.forEach((c, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (followsInSequence(candidates[tails[mid]].path, c.path)) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i !== -1; i = previous[i]) kept.add(candidates[i].n);
  return kept;
}

export function classifyLines(lines: readonly string[], format: 'text' | 'markdown'): LineClass[] {
  const trimmed = lines.map((l) => l.trim());
  const indent = lines.map(indentOf);
  const blank = (n: number) => n < 0 || n >= lines.length || trimmed[n] === '';
  const japanese = isJapanese(lines);
  const maxTitle = japanese ? 45 : 90;

  const kinds: LineKind[] = trimmed.map((t) => (t === '' ? 'blank' : 'paragraph'));
  const contents = contentsBlock(lines);
  const furniture = pageFurniture(lines);
  for (const n of markupNoise(lines)) furniture.add(n);
  // A page kept as its source heads its sections with tags and components' titles; its code is furniture.
  const source = markupHeadings(lines);
  for (const n of source.markup) furniture.add(n);
  for (const n of source.headings.keys()) furniture.delete(n);
  // Docs pages joined into one text each keep their front matter where they start: its keys are furniture, its title heads the page
  // one level above the page's own headings (a page that opens with its own "# Title" needs none). The first page's title stays set
  // aside as a lone page's is: its text opens the document, read as a lone page's opening is.
  const pageTitles = new Map<number, { level: number; title: string }>();
  const matters = frontMatters(lines);
  // Asked once per text, not per block: a text of thousands of joined pages stays linear.
  const firstWords = trimmed.findIndex((t) => t !== '');
  const joinedPages = matters.some((m) => firstWords !== -1 && firstWords < m.start);
  const matterLines = new Set<number>();
  if (joinedPages) matters.forEach((m, i) => {
    for (let n = m.start; n <= m.end; n++) {
      furniture.add(n);
      matterLines.add(n);
    }
    const pageEnd = matters[i + 1]?.start ?? lines.length;
    let opens = m.end + 1;
    // A page's markup before its "# Title" ("<!-- markdownlint-disable … -->") is none of its words: the page still opens with its title.
    while (opens < pageEnd && (trimmed[opens] === '' || furniture.has(opens))) opens++;
    const levels = trimmed.slice(m.end + 1, pageEnd).flatMap((t) => [/^(#{1,6})\s+\S/.exec(t)?.[1].length ?? 7]);
    const top = minOf(levels, 7);
    if (!m.title || firstWords >= m.start || (opens < pageEnd && /^#\s/.test(trimmed[opens]))) return;
    furniture.delete(m.title.line);
    pageTitles.set(m.title.line, { level: top === 7 ? 1 : Math.max(1, top - 1), title: m.title.text });
  });
  // A Markdown page's front matter ("---" / "title: …" / "---") is its site generator's settings, not its text, also when the page
  // was saved as .txt; a block value runs on over indented lines ("description: >-" / "  Select which version …"). Front matter whose
  // values run on otherwise holds the page's own text ("respectContent: <h3>…" over indented "<h3>…" lines) and is read.
  if (!joinedPages && trimmed[0] === '---') {
    const end = trimmed.indexOf('---', 1);
    let block = false;
    let valueOpen = false;
    const setting = (t: string, n: number) => {
      const runsOn = carriesValue(valueOpen, lines[n]);
      valueOpen = t !== '' && leavesValueOpen(valueOpen, lines[n]);
      if (t === '' || runsOn) return true;
      const indented = /^[ \t]/.test(lines[n]);
      if (indented && block) return true;
      block = !indented && /^[\w-]+:\s*[>|][+-]?$/.test(t);
      // A namespaced key ("ms.author:", "ms.date:") is a key too.
      return /^(?:[\w.-]+:|-\s|#)/.test(t);
    };
    if (end !== -1 && end <= 100 && trimmed.slice(1, end).every((t, k) => setting(t, k + 1))) for (let n = 0; n <= end; n++) furniture.add(n);
  } else if (!joinedPages) {
    // Front matter that lost its fences: "title: …" / "seoTitle: …" / "contentType: Markdown" keys at the very top, a value carried on
    // to the next line, blank lines between the keys where a saved page sets them between every block.
    const top = trimmed.findIndex((t) => t !== '');
    const key = (n: number) => /^[a-z_][\w-]*:(?:\s|$)/.test(trimmed[n]);
    const block: number[] = [];
    for (let n = top; n !== -1 && n < lines.length; n++) {
      if (trimmed[n] === '') continue;
      if (!key(n) && (n === top || trimmed[n - 1] === '')) break;
      block.push(n);
    }
    const keys = block.filter(key).length;
    if (block.length > 0 && key(top) && keys >= 2 && keys * 2 >= block.length) for (const n of block) furniture.add(n);
  }
  // A knowledge base's export sets each article's settings as headings between "## Metadata_Start" and "## Metadata_End" ("## slug: …",
  // "## contentType: Markdown"): furniture, as front matter is.
  for (let n = 0, opened = -1; n < lines.length; n++) {
    if (/^#{1,6}\s*Metadata_Start$/i.test(trimmed[n])) opened = n;
    else if (opened !== -1 && n - opened > 40) opened = -1;
    else if (opened !== -1 && /^#{1,6}\s*Metadata_End$/i.test(trimmed[n])) {
      for (let k = opened; k <= n; k++) furniture.add(k);
      opened = -1;
    }
  }
  const tables = tableRows(lines);
  // The first line is the document's title unless it is prose or a table's row (a page that starts with its text). A
  // question standing alone is a FAQ entry's title ("When is maintenance announced?" over its answer).
  const opening = trimmed.findIndex((t, n) => t !== '' && !furniture.has(n));
  const titleEnd = opening !== -1 && /[?？]$/.test(trimmed[opening]) && trimmed[opening + 1] === '' ? /[。．.!！]$/ : /[。．.!?！？]$/;
  const first = opening !== -1 && trimmed[opening].length <= 120 && !titleEnd.test(trimmed[opening]) && !tables.has(opening) ? opening : -1;
  // Setext headings (Markdown, and plain text that imitates it: === and ---) and reStructuredText's section underlines
  // (~~~, ^^^, """, *** … at least as long as the title): a line of one punctuation character under a line of text.
  const RULE = /^([=\-~^"'*+#:._`])\1{2,}$/;
  const underlines = (n: number) =>
    n > 0 && RULE.test(trimmed[n]) && trimmed[n - 1] !== '' && !RULE.test(trimmed[n - 1]) && trimmed[n - 1].length <= 120 && (/^[=-]/.test(trimmed[n]) || trimmed[n].length >= [...trimmed[n - 1]].length * 0.8);
  // Code in fences (``` or ~~~) is text as it stands: a "# comment" in it is no heading, a "1." no item.
  const code = new Set<number>();
  let fence: string | undefined;
  // A fence inside an HTML comment is as hidden as the comment: it opens no code over the text after it.
  const comments = htmlComments(trimmed);
  trimmed.forEach((t, n) => {
    if (fence === undefined && comments.has(n)) return;
    const opens = /^(`{3,}|~{3,})/.exec(t)?.[1];
    if (fence === undefined && opens && underlines(n)) return;
    if (fence !== undefined || opens) code.add(n);
    if (fence === undefined) fence = opens;
    else if (opens && opens[0] === fence[0] && opens.length >= fence.length && t === opens) fence = undefined;
  });
  lines.forEach((_, n) => {
    if (code.has(n)) return;
    if (furniture.has(n)) kinds[n] = 'furniture';
    else if (contents.has(n) && n !== first) kinds[n] = trimmed[n] === '' ? 'blank' : 'contents';
    // A component's title tag ("<BlockWithHeader Tag=\"h2\" title=\"…\">") glues a capital inside its name as a borderless table's
    // header does: the tag heads a section, it is no row.
    else if (tables.has(n) && !source.headings.has(n)) kinds[n] = 'table-row';
    else if (source.items.has(n)) kinds[n] = 'list-item';
  });
  // A link whose label runs over lines is one item of a list of topics ("+ [" / "# Backups" / "](backups.md)"): its "#" heads nothing.
  for (const [opens, closes] of linkLabels(lines)) {
    if (code.has(opens) || kinds[opens] !== 'paragraph') continue;
    kinds[opens] = 'list-item';
    for (let k = opens + 1; k <= closes; k++) kinds[k] = 'continuation';
  }

  // Levels by the order each underline character first appears in (Markdown's === before ---).
  const setext = new Map<number, number>();
  const underlineLevels: string[] = [];
  trimmed.forEach((t, n) => {
    if (code.has(n) || code.has(n - 1) || !underlines(n) || matterLines.has(n)) return;
    if (!underlineLevels.includes(t[0])) underlineLevels.push(t[0]);
    setext.set(n - 1, Math.min(6, underlineLevels.indexOf(t[0]) + 1));
    kinds[n] = 'furniture';
  });
  // Hashes glued to their title ("###System Security") head a section where the document writes that level with a space elsewhere
  // ("### Physical Security"): the same author's headings, one typed without the space. A "#tag" or a "#title" template key, at a
  // level the text never spaces, is no heading.
  const spacedHashes = new Set(trimmed.flatMap((t, n) => (code.has(n) ? [] : [/^(#{1,6})\s+\S/.exec(t)?.[1].length ?? 0])));
  const gluedHeading = (t: string): Marker | undefined => {
    const glued = /^(#{1,6})(\p{Lu}[^#]*|\p{Lo}[^#]*)$/u.exec(t);
    return glued && spacedHashes.has(glued[1].length) ? { family: 'markdown', key: `md${glued[1].length}`, path: [glued[1].length], rest: glued[2].trim(), trailingDot: false } : undefined;
  };
  const markers: (Marker | undefined)[] = trimmed.map((t, n) => {
    if (n === first || kinds[n] !== 'paragraph' || code.has(n)) return undefined;
    const tagged = source.headings.get(n) ?? pageTitles.get(n);
    if (tagged) return { family: 'markdown' as const, key: `md${tagged.level}`, path: [tagged.level], rest: tagged.title, trailingDot: false };
    const level = setext.get(n);
    const marker = level ? { family: 'markdown' as const, key: `md${level}`, path: [level], rest: t, trailingDot: false } : (markerOf(t) ?? gluedHeading(t));
    // A "#" indented four columns or by a tab is code in Markdown, a comment in a configuration example.
    return marker?.family === 'markdown' && (indent[n] > 3 || /^ *\t/.test(lines[n])) ? undefined : marker;
  });
  // A kana count is a list only where the next or the previous one within a few lines has another letter ("ア …" / "イ …");
  // a lone "ア " is a word cut by a PDF's spacing.
  const kanaAt = markers.flatMap((m, n) => (m?.family === 'kana' ? [n] : []));
  kanaAt.forEach((n, i) => {
    const near = (k: number | undefined) => k !== undefined && Math.abs(k - n) <= 12 && markers[k]!.key === markers[n]!.key && markers[k]!.letter !== markers[n]!.letter;
    if (!near(kanaAt[i - 1]) && !near(kanaAt[i + 1])) markers[n] = undefined;
  });
  // A docs manual sets a list in heading marks: items announced line for line by a sentence, levels below the heading they sit under
  // ("### (1)権限設定" / "例えば、以下のような権限があります。" / "##### ログインユーザーの管理" / "##### すべてのデータの編集"), and a caption
  // over items that carry its own marks ("##### 権限一覧" / "- ##### すべてのテーブル管理"). Neither heads a section.
  let level = 0;
  let styledItems = 0;
  markers.forEach((m, n) => {
    if (m?.family !== 'markdown' || setext.has(n)) return;
    const depth = m.path[0];
    let next = n + 1;
    while (next < lines.length && trimmed[next] === '') next++;
    const itemMarks = /^[-*+][\s\u3000]+(#{1,6})[\s\u3000]/.exec(trimmed[next] ?? '')?.[1].length ?? 0;
    const announced = n > 0 && kinds[n - 1] === 'paragraph' && !markers[n - 1] && ANNOUNCES_LIST.test(trimmed[n - 1]);
    if (depth === styledItems || (level > 0 && depth > level + 1 && announced) || itemMarks >= depth) {
      markers[n] = undefined;
      kinds[n] = 'list-item';
      if (itemMarks < depth) styledItems = depth;
      return;
    }
    styledItems = 0;
    level = depth;
  });
  const markdownHeadings = markers.some((m) => m?.family === 'markdown');
  // A FAQ: where two or more lines ask a question ("Q1." or a line of its own ending in "?"), "A." under one answers it and is prose.
  const asked = (n: number) => /[?？]$/.test(trimmed[n]) && trimmed[n].length <= maxTitle * 2 && blank(n - 1);
  const faq = markers.filter((m) => m?.family === 'question').length >= 2 || trimmed.filter((_, n) => asked(n)).length >= 2;
  // An answer follows its question ("A. Scope" heading a document's first part stays a heading).
  if (faq) trimmed.forEach((line, n) => {
    const question = n > 0 && (markers[n - 1]?.family === 'question' || /[?？]$/.test(trimmed[n - 1]));
    if (markers[n] && ANSWER.test(line) && question) markers[n] = undefined;
  });
  // The prose's own indentation: a numbered line indented deeper than the prose is an item of a list.
  const prose = new Map<number, number>();
  trimmed.forEach((_, n) => {
    if (kinds[n] === 'paragraph' && !markers[n] && !code.has(n)) prose.set(indent[n], (prose.get(indent[n]) ?? 0) + 1);
  });
  const baseIndent = [...prose].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const strongIndents = markers.flatMap((m, n) => (m && (m.family === 'bracket' || m.family === 'markdown' || m.family === 'chapter') ? [indent[n]] : []));
  const allowedIndent = maxOf(strongIndents, baseIndent + 1);

  // Whether line n follows a sentence that announces a list, straight after it or after short lines set one a line below it
  // ("改定箇所は以下のとおりです。" / "はじめに" / "第5条(本サービスの内容)1項" / "第14条(情報の削除等)": a revision notice's
  // changed captions, not its articles). Items of another list between ("- …") end the run: the line after them is read afresh.
  const announcedOver = (n: number): boolean => {
    for (let steps = 0, after = n, b = previousContent(n); b !== -1 && steps < 12; steps++, after = b, b = previousContent(b)) {
      if (!markers[b] && ANNOUNCES_LIST.test(trimmed[b])) return true;
      if (after !== b + 1 || (markers[b] !== undefined && markers[b]!.key !== markers[n]?.key) || /[。．.!?！？:：]["'」』)）]*$/.test(trimmed[b]) || withoutAsides(trimmed[b]).length > maxTitle || candidate[b]) return false;
    }
    return false;
  };
  const previousContent = (n: number) => {
    for (let k = n - 1; k >= 0; k--) if (kinds[k] !== 'blank' && kinds[k] !== 'furniture') return k;
    return -1;
  };
  const nextContent = (n: number) => {
    for (let k = n + 1; k < lines.length; k++) if (kinds[k] !== 'blank' && kinds[k] !== 'furniture') return k;
    return -1;
  };
  // A reference in parentheses ("(ISO/IEC 27001:2013 A.12.3.1)") does not make a heading long.
  const titleLike = (words: string) =>
    words.length > 0 && withoutAsides(words).length <= maxTitle && /\p{L}/u.test(words) && !NOT_A_TITLE.test(words) && !MENU_PATH.test(words) && !(SENTENCE_END.test(words) || (/\.$/.test(words) && words.split(/\s+/).length > 6)) && !CLAUSE.test(withoutAsides(words)) && !words.includes('。') && !CITES_PARAGRAPH.test(words) && !COUNT_LINE.test(words) && !runsIntoSentence(words);

  const questionLike = (words: string) => words.length > 0 && withoutAsides(words).length <= maxTitle * 2 && /\p{L}/u.test(words) && !NOT_A_TITLE.test(words) && !MENU_PATH.test(words);

  // How many blank lines the text puts between two blocks: a page saved from HTML sets two or more between every block, list
  // items included, where a PDF's text sets them only around its headings. Lines that far apart are as near as lines in a row.
  const gaps = new Map<number, number>();
  let lastContent = -1;
  trimmed.forEach((t, n) => {
    if (t === '') return;
    if (lastContent !== -1) gaps.set(n - lastContent - 1, (gaps.get(n - lastContent - 1) ?? 0) + 1);
    lastContent = n;
  });
  // Spaced only where almost every pair of lines is that far apart (a PDF's or Word file's blocks laid out as text leave gaps where
  // they set lists and tables aside, but their headings sit one blank line over their paragraphs).
  const allGaps = [...gaps.values()].reduce((sum, count) => sum + count, 0);
  const wide = [...gaps].filter(([gap]) => gap >= 2).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const spacing = wide.length > 0 && wide.reduce((sum, [, count]) => sum + count, 0) >= allGaps * 0.8 ? wide[0][0] : 1;
  /** Whether line b follows line a as the next line of one block would in this text. */
  const near = (a: number, b: number, inRun: boolean) => b - a - 1 <= (spacing >= 2 ? spacing : inRun ? 1 : 0);

  // Pass 1: which marked lines could be headings, and which are items of a list.
  const candidate: boolean[] = new Array(lines.length).fill(false);
  // The lists open at each indentation, outermost first: an item nested under another does not end the outer list.
  let open: { key: string; last: number; at: number }[] = [];
  // Lists a paragraph interrupted: their count may resume after it ("1. … 2. … (a sentence) 3. …").
  let interrupted: { key: string; last: number; at: number }[] = [];
  const headingKeys = new Set<string>();
  // Lines that carry on the words of the numbered line above them.
  const carriesOn = new Set<number>();
  for (let n = 0; n < lines.length; n++) {
    const marker = markers[n];
    if (!marker) {
      // Prose left of the list's items, or at their margin after a blank line, ends the list.
      if (kinds[n] === 'paragraph') {
        const ends = (l: { at: number }) => indent[n] < indent[l.at] || (indent[n] === indent[l.at] && blank(n - 1));
        interrupted = [...interrupted.filter((l) => !open.some((o) => o.key === l.key && indent[o.at] === indent[l.at])), ...open.filter(ends)];
        open = open.filter((l) => !ends(l));
      }
      continue;
    }
    const number = marker.path[marker.path.length - 1] ?? 0;
    // Markdown numbers every item "1." and renders the count itself: a "1." under an open list's "1." is its next item.
    const follows = (l: { key: string; last: number; at: number }) => l.key === marker.key && indent[n] === indent[l.at] && (marker.path.length === 0 || number === l.last + 1 || (number === 1 && l.last === 1 && open.includes(l)));
    // A count resumes after a paragraph only where headings do not use the same numbering (there "3." after a list of two is the next heading).
    // A mark counts nothing, so nothing resumes: "● …" lines after the paragraph that closed a list of them are read afresh.
    const resumed = open.some(follows) || marker.family === 'mark' ? undefined : interrupted.find((l) => follows(l) && !headingKeys.has(l.key));
    const continuesList = open.some(follows) || resumed !== undefined;
    const next = nextContent(n);
    const nextMarker = next === -1 ? undefined : markers[next];
    // Two items in a row with nothing between them are a list, not two empty sections (also "1." over "1.", Markdown's own count).
    // Marked questions one after another with no answer between them ("● How long do you keep …?" / "● Can I …?") are a list of questions,
    // however far apart they are set.
    const asksOn = marker.family === 'mark' && nextMarker?.key === marker.key && /[?？]$/.test(marker.rest) && /[?？]$/.test(nextMarker.rest);
    const startsRun = asksOn || (nextMarker !== undefined && nextMarker.key === marker.key && near(n, next, true) && (marker.path.length === 0 || nextMarker.path[nextMarker.path.length - 1] === number + 1 || (number === 1 && nextMarker.path.length === 1 && nextMarker.path[0] === 1 && indent[next] === indent[n])));
    const before = previousContent(n);
    // An article with its caption over its own sentences ("第1条（目的）" / "委託先は、…。") after an agreement's preamble
    // ("…次のとおり合意する。") opens the agreement's articles; the announced list is of captions alone (a revision notice's).
    const article = marker.key === 'chapter条' && next !== -1 && !markers[next] && /[。．.]["'」』)）]*$/.test(trimmed[next]);
    const announced = before !== -1 && !article && announcedOver(n);
    // Words that run on to the next line ("1. Detection: our monitoring raises an alert and the on-call" / "engineer confirms it.",
    // "1. 設定画面から一括ダウンロードを実行し" / "てください。", as a PDF wraps them) are a sentence of a list item, not a title.
    // (A short title over a body that starts in lower case, "2. Apps" / "iOS apps keep…", is still a title.)
    const runsOn = !blank(n + 1) && !markers[n + 1] && kinds[n + 1] === 'paragraph' && indent[n + 1] >= indent[n] && !/[.。．:：;；!?！？)）」』】]$/.test(trimmed[n]) && RUNS_ON.test(trimmed[n + 1]) && (!/^\p{Ll}/u.test(trimmed[n + 1]) || marker.rest.split(/\s+/).length >= 5);
    if (runsOn) carriesOn.add(n + 1);
    // Text set on the very next line at the column of the numbered line's words ("1. **「ユーザー」**" / "   本規約を…", "1. 窓口へ
    // 問い合わせ" / "   弊社窓口より…") hangs under its number: the item's own text, a step's or a term's, not a section under a title
    // (a body indented under its heading sits a blank line below it, or at another column).
    const textColumn = indent[n] + (/^\S+[ \t]+(?=\S)/.exec(trimmed[n])?.[0].length ?? 0);
    const hangs = marker.family !== 'markdown' && textColumn > indent[n] && !blank(n + 1) && !markers[n + 1] && kinds[n + 1] === 'paragraph' && indent[n + 1] === textColumn;
    // A step's label standing alone ("ステップ1", "Step 2:") is followed by what to do.
    if (marker.key === 'step' && BARE_STEP.test(trimmed[n]) && next !== -1 && near(n, next, true) && !markers[next]) carriesOn.add(next);
    // Markdown with "#" headings heads its sections with them, not with numbers; a line wholly in bold over its paragraph
    // ("**Third-Party Audits**") is the subheading a docs page writes under them all the same.
    // So is an agreement's numbered clause whose caption alone stands in bold on its line, between blank lines ("2. **Scope and
    // Roles.**"), over the clause's own text or its first sub-clause ("2.1 …"): steps in bold follow one another line by line.
    const below = markers[next];
    const boldCaption = marker.family === 'dotted' && marker.path.length === 1 && BOLD_LINE.test(marker.rest) && blank(n - 1) && blank(n + 1) && next !== -1 && (below === undefined || (below.family === 'dotted' && below.path.length > 1 && below.path[0] === number));
    const headingCapable = marker.family !== 'bullet' && marker.family !== 'kana' && !runsOn && !hangs && (format === 'text' || marker.family === 'markdown' || marker.key === 'mark**' || !markdownHeadings || boldCaption);
    if (marker.family === 'markdown') candidate[n] = titleLike(marker.rest) || marker.rest.length > 0;
    else if (marker.family === 'question') candidate[n] = !continuesList && indent[n] <= allowedIndent && questionLike(marker.rest);
    else if (headingCapable && ((!continuesList && !announced && !(startsRun && marker.family !== 'control')) || boldCaption) && indent[n] <= allowedIndent && titleLike(marker.rest)) candidate[n] = true;
    if (candidate[n]) {
      open = [];
      interrupted = [];
      headingKeys.add(marker.key);
      continue;
    }
    // A line in brackets that is no title (a URL, a sentence) is prose.
    if (marker.family === 'bracket') {
      markers[n] = undefined;
      continue;
    }
    kinds[n] = 'list-item';
    if (resumed) {
      interrupted = interrupted.filter((l) => l !== resumed);
      open = [...open.filter((l) => indent[l.at] < indent[n]), resumed];
    }
    const current = open.find(follows);
    if (current) current.last = number;
    else open = [...open.filter((l) => indent[l.at] < indent[n]), { key: marker.key, last: number, at: n }];
  }

  // Pass 2: numbered headings of one family move forward; a count that restarts is a list.
  // Chapters, sections and articles (第1章, 第1節, 第1条) count apart: articles run on across chapters, sections start again in each.
  const byFamily = new Map<string, { n: number; path: readonly number[] }[]>();
  const markdownLines = markers.flatMap((m, n) => (m?.family === 'markdown' && candidate[n] ? [n] : []));
  markers.forEach((m, n) => {
    if (!m || !candidate[n] || !NUMBERED.has(m.family) || m.family === 'markdown') return;
    const count = m.family === 'chapter' ? m.key : m.family;
    if (!byFamily.has(count)) byFamily.set(count, []);
    byFamily.get(count)!.push({ n, path: m.path });
  });
  // A count without levels ((1), ①, (a)) starts again under each heading of an outer family.
  const families = [...byFamily.keys()].sort((a, b) => byFamily.get(a)![0].n - byFamily.get(b)![0].n);
  const flat = new Set<string>(['paren', 'circled', 'alpha', 'chapter節', 'chapter項']);
  for (const family of families) {
    const found = byFamily.get(family)!;
    // Under Markdown's own headings a numbering starts again in each part (an agreement's clauses, then each appendix's).
    const outer = flat.has(family) ? families.slice(0, families.indexOf(family)).flatMap((f) => byFamily.get(f)!.map((c) => c.n)) : markdownLines;
    const runs: (typeof found)[] = [[]];
    found.forEach((c, i) => {
      if (i > 0 && outer.some((n) => n > found[i - 1].n && n < c.n)) runs.push([]);
      runs[runs.length - 1].push(c);
    });
    for (const run of runs) {
      const kept = inSequence(run);
      for (const { n } of run) if (!kept.has(n)) {
        candidate[n] = false;
        kinds[n] = 'list-item';
      }
    }
  }

  // Pass 3: short lines standing alone, followed by prose, are headings without numbers.
  // The width of a full line of prose, where the text was wrapped at a fixed width.
  const proseLengths = trimmed.filter((_, n) => kinds[n] === 'paragraph' && !markers[n] && !code.has(n)).map((t) => [...t].length).sort((a, b) => a - b);
  const fullLine = proseLengths[Math.floor(proseLengths.length * 0.9)] ?? Infinity;
  const dense = trimmed.filter((t) => t === '').length < trimmed.filter((t) => t !== '').length * 0.1;
  const markedHeadings = candidate.filter(Boolean).length;
  // Where the headings are numbered throughout, an unnumbered line over a list (and no prose) is the list's caption.
  const numberedHeadings = candidate.filter((c, n) => c && ['dotted', 'hyphen', 'chapter'].includes(markers[n]?.family ?? '')).length >= 3;
  const announcedRun = new Set<number>();
  const shortLine = (n: number, question: boolean) => {
    const t = trimmed[n];
    if (kinds[n] !== 'paragraph' || markers[n] || code.has(n) || n === first) return false;
    // A line wholly in brackets is a note on the line above ("(手動で作成されるデータのため、…)"), never a title; nor is a
    // Japanese line that ends on a predicate ("…障害が発生している", "…状態が続いている"): a description wrapped, its full stop lost.
    if (/^[(（][^()（）]*[)）]$/u.test(t) || (japanese && PREDICATE_END.test(t))) return false;
    // One word straight under a short line with no full stop carries its phrase on ("Server" / "Side", a table's header cell
    // wrapped where a PDF is read line by line): the phrase's end, never a title of its own.
    if (!japanese && /^\S+$/.test(t) && n > 0 && kinds[n - 1] === 'paragraph' && !markers[n - 1] && /\p{L}/u.test(trimmed[n - 1]) && trimmed[n - 1].split(/\s+/).length <= 3 && !/[.:;!?]$/.test(trimmed[n - 1])) return false;
    if (!(titleLike(t) || (question && questionLike(t))) || indent[n] > baseIndent + 1 || withoutAsides(t).length > (japanese ? 30 : 60) * (question ? 2 : 1)) return false;
    // A line that stops on a preposition is a sentence wrapped; "Sign-in" or "Add-on" ends on a word of its own.
    return japanese || (/^[A-Z0-9"“]/.test(t) && t.split(/\s+/).length <= (question ? 16 : 8) && !/(?<!-)\b(?:and|or|of|the|to|for|in|with|a|an|by)$/i.test(t));
  };
  // Runs of short lines with blank lines between them (or none, where the text has almost no blank lines: short lines packed
  // together in a spaced text are a table's cells): how many stand above each (itself included), and what follows the run.
  const short = trimmed.map((_, n) => shortLine(n, false));
  // A grid of cards flattened to lines ("Encryption" / "Records are encrypted at rest and in transit" / "Access control" / …): three
  // or more short titles, each over a longer phrase that does not end as a sentence. Its titles head nothing, and the run of short
  // lines ends with it, so the heading after the grid still stands alone.
  const phrase = (n: number) => n !== -1 && kinds[n] === 'paragraph' && !markers[n] && !code.has(n) && /\p{L}/u.test(trimmed[n]) && !/[。．.!?！？:：;；]["'」』)）]*$/.test(trimmed[n]);
  const cardBelow = (n: number) => {
    const d = nextContent(n);
    // A phrase of a few words: a label's value ("Data hosting company" / "Azure") is a word or two, and pairs the other way round.
    const words = (k: number) => (japanese ? [...trimmed[k]].length >= 10 : trimmed[k].split(/\s+/).length >= 4);
    return short[n] && d !== -1 && d - n - 1 <= Math.max(1, spacing) && phrase(d) && words(d) && [...trimmed[d]].length >= [...trimmed[n]].length * 1.5 ? d : -1;
  };
  for (let n = 0; n < lines.length; n++) {
    const cards: number[] = [];
    for (let k = n, d = cardBelow(k); d !== -1; k = nextContent(d), d = k !== -1 && k - cards[cards.length - 1] - 1 <= Math.max(1, spacing) ? cardBelow(k) : -1) cards.push(k, d);
    if (cards.length < 6) continue;
    for (const k of cards) {
      kinds[k] = 'list-item';
      short[k] = false;
    }
    n = cards[cards.length - 1];
  }
  const chained = (a: number, b: number) => a !== -1 && b !== -1 && short[a] && short[b] && (dense || b - a > 1);
  const shortAbove: number[] = new Array(lines.length).fill(0);
  const afterRun: number[] = new Array(lines.length).fill(-1);
  for (let n = 0; n < lines.length; n++) {
    const before = previousContent(n);
    if (short[n]) shortAbove[n] = 1 + (chained(before, n) ? shortAbove[before] : 0);
  }
  for (let n = lines.length - 1; n >= 0; n--) {
    const next = nextContent(n);
    if (short[n]) afterRun[n] = chained(n, next) ? afterRun[next] : next;
  }
  // A glossary or a definitions table read one cell a line: a term (plain, in 「」 or in bold) over its definition, under a title that
  // says so (its header cells "用語" / "説明" skipped; a short definition is one then), or three times or more with definitions that
  // define ("… means …", "…をいいます。"). Its terms are items, not sections of one sentence each.
  const QUOTED_TERM = new Set(['bracket「」', 'bracket『』', 'mark**']);
  const term = (n: number) =>
    n !== -1 && (short[n] || ((kinds[n] === 'paragraph' || candidate[n]) && (!markers[n] || QUOTED_TERM.has(markers[n]!.key)) && titleLike(markers[n]?.rest ?? trimmed[n]) && withoutAsides(trimmed[n]).length <= (japanese ? 30 : 60)));
  // Under a title, a meaning may run on over the lines straight below it until one ends its sentence.
  const meaningEnd = (d: number, titled: boolean) => {
    let end = d;
    while (titled && end - d < 3 && !/[.。．]$/.test(trimmed[end]) && end + 1 < lines.length && !blank(end + 1) && kinds[end + 1] === 'paragraph' && !markers[end + 1] && !candidate[end + 1]) end++;
    return end;
  };
  const definitionOf = (n: number, titled: boolean) => {
    const d = nextContent(n);
    // Untitled, a meaning is no term itself, though a short one that ends its sentence ("A copy kept in another zone.") is.
    if (d === -1 || d - n - 1 > Math.max(1, spacing) || kinds[d] !== 'paragraph' || markers[d] || candidate[d] || (!titled && term(d) && !/[.。．]$/.test(trimmed[d]))) return -1;
    if (!DEFINES.test(trimmed[d]) && COMMITS.test(trimmed[d])) return -1;
    const end = meaningEnd(d, titled);
    return blank(end + 1) || end + 1 >= lines.length || term(nextContent(end)) ? end : -1;
  };
  const definitionRun = (n: number, titled: boolean) => {
    const pairs: [number, number][] = [];
    for (let k = n; term(k) && definitionOf(k, titled) !== -1; k = nextContent(definitionOf(k, titled))) pairs.push([k, definitionOf(k, titled)]);
    return pairs;
  };
  const definitionTerms = new Set<number>();
  const itemise = (pairs: [number, number][]) => {
    for (const [t] of pairs) {
      kinds[t] = 'list-item';
      candidate[t] = false;
      short[t] = false;
      definitionTerms.add(t);
    }
  };
  for (let n = 0; n < lines.length; n++) {
    if (!DEFINITIONS_TITLE.test(markers[n]?.rest ?? trimmed[n])) continue;
    let start = nextContent(n);
    while (start !== -1 && HEADER_CELL.test(trimmed[start])) start = nextContent(start);
    const pairs = definitionRun(start, true);
    if (pairs.length >= 2) itemise(pairs);
  }
  for (let n = 0; n < lines.length; n++) {
    if (n === first || definitionTerms.has(n) || !term(n) || definitionOf(n, false) === -1 || (term(previousContent(n)) && definitionOf(previousContent(n), false) === n)) continue;
    const pairs = definitionRun(n, false);
    if (pairs.length >= 3 && pairs.filter(([, d]) => DEFINES.test(trimmed[d]) || nounPhrase(trimmed[d])).length * 2 >= pairs.length) itemise(pairs);
  }
  const endsSentence = (n: number) => kinds[n] === 'paragraph' && !markers[n] && /[。．.!?！？]["'」』)）]*$/.test(trimmed[n]);
  trimmed.forEach((t, n) => {
    if (format === 'markdown' && markdownHeadings) return;
    // A question over another question is one of a list of questions (what to ask, a survey), unanswered here.
    const question = faq && asked(n) && ![nextContent(n), previousContent(n)].some((k) => k !== -1 && asked(k));
    if (faq && asked(n) && !question) return;
    if (!shortLine(n, question) || carriesOn.has(n)) return;
    if (!question && (VERB_FIRST.test(t) || OBLIGES.test(t))) return;
    const before = previousContent(n);
    // The last of three or more short lines in a row ("Encryption at rest" / "Single sign-on" / "Audit logs", a web page's list
    // without its bullets) is an item like the others, not a heading over the prose that follows the list.
    if (!question && shortAbove[n] >= 3) return;
    const next = nextContent(n);
    // A term of a definition list ("Term" over ": what it means") is no heading.
    if (/^[:：][\s\u3000]/.test(trimmed[n + 1] ?? '')) return;
    // Short lines after a sentence that announces a list ("以下のとおりです。", "as follows:") are its items, unmarked; a blank line
    // may part the sentence from a run of them.
    const runBelow = n + 1 < lines.length && trimmed[n + 1] !== '' && !/[。．.!?！？]["'」』)）]*$/.test(trimmed[n + 1]) && withoutAsides(trimmed[n + 1]).length <= maxTitle;
    if (before !== -1 && (near(before, n, false) || (runBelow && near(before, n, true))) && (ANNOUNCES_LIST.test(trimmed[before]) || announcedRun.has(before))) {
      announcedRun.add(n);
      return;
    }
    // The end of a list item's sentence, wrapped ("- On the Userbar, select" / "Control Panel."), carries on the item; a title
    // straight under an item without its period ("- Contracts: 7 years" / "Employee Data") does not end as a sentence.
    if (before !== -1 && near(before, n, false) && kinds[before] === 'list-item' && !/[.。．:：;；!?！？)）」』】]$/.test(trimmed[before]) && /[.。．]$/.test(t)) {
      carriesOn.add(n);
      return;
    }
    // Not the value after a label ("Applicable Product:" / "All"), nor the line after a heading.
    if (next === -1 || (before !== -1 && ((candidate[before] && !question) || /[:：]$/.test(trimmed[before]) || before === first && markedHeadings > 0))) return;
    // A line straight under a full line that stops mid-sentence is that sentence's end, wrapped (text taken from a PDF).
    const wrapped = before === n - 1 && kinds[before] === 'paragraph' && !markers[before] && [...trimmed[before]].length >= fullLine * 0.85 && !/[。．.!?！？:：」』)）]$/.test(trimmed[before]);
    // In a text that sets blank lines between its paragraphs, a title may still follow a paragraph's last sentence line for line (a page's text
    // saved without them); a Japanese line that stops on a particle is a sentence wrapped, a line that ends as a sentence or starts with the
    // sign the line above starts with ("> Click …" under "> Click …") is the next of a run of steps, not a title.
    const afterSentence = before === n - 1 && endsSentence(before) && !/[のをにはがとでもへや、]$/.test(t) && !/[.。．!?！？]["'」』)）]*$/.test(t) && !(/^[^\p{L}\p{N}]/u.test(t) && trimmed[before][0] === t[0]);
    const alone = (dense || blank(n - 1) || afterSentence) && !wrapped;
    // A FAQ's group title stands above its first question.
    // Above a list whose bullets were lost (two or more short lines, then prose), after a paragraph that does not announce it, a line heads
    // the list as it would a marked one ("Logging" / "Access logs" / "Sign-in records" / "Both are kept for a year.").
    // A run that holds a count or an amount ("8 回(残り2 回)", "30 days") is a table flattened one cell a line: its first cell heads nothing.
    const cellsBelow = (): boolean => {
      for (let k = next; k !== -1 && k !== afterRun[n]; k = nextContent(k)) if (QUANTITY_CELL.test(trimmed[k])) return true;
      return false;
    };
    const overRun = shortAbove[n] === 1 && chained(n, next) && chained(next, nextContent(next)) && afterRun[n] !== -1 && endsSentence(afterRun[n]) && (before === -1 || endsSentence(before)) && !cellsBelow();
    const nextIsProse = (kinds[next] === 'paragraph' && !markers[next] && (/[。．.!?！？]["'」』)）]*$/.test(trimmed[next]) || trimmed[next].length > Math.max(40, t.length * 2))) || ((kinds[next] === 'list-item' || overRun) && !numberedHeadings) || (candidate[next] && markers[next]?.family === 'question') || (kinds[next] === 'table-row' && blank(n - 1) && !/[.。．:：]$/.test(t));
    // A heading directly above its paragraph is shorter than the paragraph's first line (a wrapped paragraph starts full).
    if (alone && nextIsProse && (dense || question || blank(n + 1) || definitionTerms.has(next) || trimmed[next].length > t.length * 1.5)) candidate[n] = true;
  });

  // An article's caption in brackets over its number ("（事故等の報告）" / "第43条 当社は、…"), as statutes and terms set them, heads the
  // article; the article's numbered sentence is its text.
  trimmed.forEach((t, n) => {
    const next = n + 1;
    if (kinds[n] !== 'paragraph' || markers[n] || code.has(n) || n === first || candidate[n] || !ARTICLE_CAPTION.test(t) || next >= lines.length) return;
    if (markers[next]?.key !== 'chapter条' || candidate[next] || titleLike(markers[next]!.rest)) return;
    candidate[n] = true;
    kinds[next] = 'paragraph';
  });

  // A label standing alone between blank lines ("Backups:", "データの保管場所：") over a paragraph of sentences heads that paragraph, as a web
  // page's bold label does; under a heading, after another label or in a list it stays a label.
  trimmed.forEach((t, n) => {
    if (kinds[n] !== 'paragraph' || markers[n] || code.has(n) || n === first || candidate[n] || !/[:：]$/.test(t) || !blank(n - 1) || !blank(n + 1) || indent[n] > baseIndent + 1) return;
    const words = t.slice(0, -1).trim();
    if (!titleLike(words) || ASIDE_LABEL.test(words) || (japanese ? [...words].length > 15 : !/^[A-Z]/.test(words) || words.split(/\s+/).length > 4)) return;
    const before = previousContent(n);
    const next = nextContent(n);
    if (next === -1 || !endsSentence(next) || [...trimmed[next]].length <= (japanese ? 20 : 40) || (before !== -1 && (candidate[before] || /[:：]$/.test(trimmed[before]) || kinds[before] === 'list-item'))) return;
    // A short line standing alone over the label is the title, and the label its first words ("Backups" / "Retention:" / …).
    if (before !== -1 && short[before] && !endsSentence(before) && blank(before - 1) && !announcedRun.has(before) && shortAbove[before] === 1) candidate[before] = true;
    else candidate[n] = true;
  });

  // The same run of labels set under one heading after another ("Critical" / "High" / "Medium" / "Low" under each, a table's
  // header column flattened) is a list each time, never a heading over the rest of the run.
  for (const run of recurringRuns()) for (const n of run) {
    candidate[n] = false;
    kinds[n] = 'list-item';
  }

  // Levels: numbered families nest by their depth; other styles by the order they first appear in.
  const lastAt = new Map<string, number>();
  const uses = new Map<string, number>();
  candidate.forEach((c, n) => {
    if (!c) return;
    const key = markers[n]?.key ?? 'plain';
    lastAt.set(key, n);
    uses.set(key, (uses.get(key) ?? 0) + 1);
  });
  const result: LineClass[] = [];
  const stack: { key: string; family: SchemeFamily | 'plain'; depth: number }[] = [];
  let listTop = -1;
  lines.forEach((_, n) => {
    if (candidate[n] || n === first) {
      const marker = markers[n];
      const family = marker?.family ?? 'plain';
      const depth = marker?.family === 'markdown' ? marker.path[0] : marker && (marker.family === 'dotted' || marker.family === 'hyphen') ? marker.path.length : marker?.family === 'chapter' ? ['chapter部', 'chapter章', 'chapter節', 'chapter条', 'chapter項'].indexOf(marker.key) + 1 : 0;
      const key = marker?.key ?? 'plain';
      if (n === first) {
        // A joined text whose first page holds nothing but its front matter opens with the next page's title key: its value is the title.
        const tagged = source.headings.get(n) ?? pageTitles.get(n);
        result.push({ kind: 'heading', level: 1, title: tagged?.title ?? (marker?.family === 'markdown' ? marker.rest : t(n)) });
        // A Markdown title ("# Title", or underlined with ===) heads the document: its "##" sections nest under it, as a later "# Part"'s do.
        const titleMarker = tagged ? { key: `md${tagged.level}`, depth: tagged.level } : setext.has(n) ? { key: `md${setext.get(n)}`, depth: setext.get(n)! } : /^#{1,6}\s/.test(trimmed[n]) ? { key: `md${/^#+/.exec(trimmed[n])![0].length}`, depth: /^#+/.exec(trimmed[n])![0].length } : undefined;
        if (titleMarker && markdownHeadings) stack.push({ key: titleMarker.key, family: 'markdown', depth: titleMarker.depth });
        return;
      }
      // Numbered headings outrank unnumbered ones standing alone (a FAQ's questions sit under them); a control id heading is a peer of the numbered heading before it.
      if (family !== 'plain' && family !== 'question') while (stack.length > 0 && stack[stack.length - 1].family === 'plain') stack.pop();
      // An unnumbered heading after a FAQ's questions is a peer of the one they sat under.
      if (family === 'plain' && stack.some((s) => s.family === 'plain')) while (stack[stack.length - 1].family === 'question') stack.pop();
      let at = family === 'plain' ? (stack.length > 0 && stack[stack.length - 1].family === 'plain' ? stack.length - 1 : stack.length) : stack.findIndex((s) => s.key === key);
      if (at === -1 && family === 'control') at = stack.findLastIndex((s) => s.family === 'dotted' || s.family === 'hyphen');
      if (at === -1 && depth > 0) {
        const shallower = stack.map((s, i) => (s.family === family && s.depth < depth ? i : -1)).filter((i) => i !== -1);
        const deeper = stack.findIndex((s) => s.family === family && s.depth > depth);
        at = shallower.length > 0 ? shallower[shallower.length - 1] + 1 : deeper !== -1 ? deeper : stack.length;
      }
      // A new unnumbered style nests under the styles still to come back; one that never recurs has ended (■ … then 【…】 … are peers),
      // and so has a lone numbered heading; a numbering used throughout keeps its items under it.
      if (at === -1 && depth === 0) while (stack.length > 0 && (lastAt.get(stack[stack.length - 1].key) ?? 0) < n && (!NUMBERED.has(stack[stack.length - 1].family as SchemeFamily) || (stack.length === 1 && uses.get(stack[0].key) === 1))) stack.pop();
      if (at === -1) at = stack.length;
      stack.length = at;
      stack.push({ key, family, depth });
      const marked = marker && (marker.family === 'markdown' || marker.family === 'bracket' || marker.family === 'mark') ? marker.rest : (marker?.unbulleted ?? (marker ? t(n) : t(n).replace(/[\s\u3000]*[:：]$/, '')));
      // A caption set in bold after its number ("2. **Scope and Roles.**", "### **Backups**") is titled by its words.
      const bold = marker && BOLD_LINE.exec(marker.rest);
      const title = bold && marked.endsWith(marker.rest) ? marked.slice(0, marked.length - marker.rest.length) + bold[2] : marked;
      result.push({ kind: 'heading', level: stack.length, title });
      listTop = -1;
      return;
    }
    const kind = kinds[n];
    if (kind === 'list-item') {
      listTop = n;
      result.push({ kind, level: 1 + Math.max(0, Math.floor((indent[n] - baseIndent) / 2)) });
    } else if (kind === 'paragraph' && listTop !== -1 && (indent[n] > indent[listTop] || (listTop === n - 1 && carriesOn.has(n)))) {
      // Lines indented under an item continue it; prose back at the item's margin is a paragraph of its own.
      result.push({ kind: 'continuation', level: 0 });
    } else {
      if (kind !== 'blank') listTop = -1;
      result.push({ kind, level: 0 });
    }
  });
  return result;

  /** Runs of three or more short unmarked lines, blank lines between them or not, whose words recur as a run elsewhere. */
  function recurringRuns(): number[][] {
    // A run taken for a contents block (its words recur as the heading after it) is one of them too.
    const label = (n: number) => kinds[n] === 'paragraph' || kinds[n] === 'list-item' || kinds[n] === 'contents' ? !markers[n] && [...trimmed[n]].length <= 20 && !/[。．.!?！？:：、,]$/.test(trimmed[n]) : false;
    const runs: number[][] = [];
    let run: number[] = [];
    trimmed.forEach((line, n) => {
      if (line === '') return;
      if (label(n) && (run.length === 0 || near(run[run.length - 1], n, true))) run.push(n);
      else {
        if (run.length >= 3) runs.push(run);
        run = label(n) ? [n] : [];
      }
    });
    if (run.length >= 3) runs.push(run);
    const key = (r: number[]) => r.map((n) => trimmed[n].toLowerCase()).join('\n');
    const seen = new Map<string, number>();
    for (const r of runs) seen.set(key(r), (seen.get(key(r)) ?? 0) + 1);
    return runs.filter((r) => r.length <= 8 && seen.get(key(r))! >= 2);
  }

  function t(n: number) {
    return trimmed[n].replace(/^#+\s*/, '');
  }
}
