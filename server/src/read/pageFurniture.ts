// Page furniture in text extracted from a paginated document: page numbers
// ("- 3 -", "3 / 12", "Page 3 of 12", "3ページ"), and running headers and
// footers, which repeat; the navigation at the top of a saved web page; a
// document-sharing site's record of the file (posted on, downloads); a help
// centre's comment count, feedback question and related links. They
// belong to no section and are dropped; so is an image's file name or slug
// left alone on a saved help page.

import { append } from '../core/arrays';

const PAGE_NUMBER = /^(?:[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*\/\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4}\s*ページ|[（(]\s*\d{1,4}\s*[)）]|\d{1,4})$/i;
const FOOTER_WORDS = /copyright|©|\(c\)|all rights reserved|confidential|社外秘|無断転載|禁無断/i;
const SENTENCE_END = /[。．.!?！？:：]$/;
/** Fewer lines of text than a page holds between two counters: not a page counter. */
const MIN_PAGE_LINES = 5;

// What a web page's navigation says, saved with its text: a line that is only one of these words.
const NAVIGATION = /^(?:search|menu|home|top|log ?in|sign ?in|sign ?up|skip to (?:main )?content|toggle navigation|検索|メニュー|ホーム|トップ|ログイン|新規登録|本文へ(?:ジャンプ|移動|スキップ)?(?:します)?。?|サイトマップ|お問い合わせ|すべてのプロダクト|ドキュメント(?:センター)?)$/i;

// A document-sharing site's record of the file, saved with its text: when it was posted, how often it was downloaded or
// viewed ("投稿日：2024年3月12日", "ダウンロード数：1,284", "Posted on 4 March 2024", "Downloads 2,310"). A label and a figure.
const SITE_RECORD =
  /^(?:投稿日(?:時)?|公開日|掲載日|アップロード日|ダウンロード(?:数|回数)|閲覧(?:数|回数)|ページ数|ファイルサイズ|posted(?: on)?|uploaded(?: on)?|published on|downloads?|download count|views|page views|file size)[\s\u3000]*[:：]?[\s\u3000]*(?=[^\n]{0,30}$)[^\n]*\d[^\n]*$/i;

// A help centre's page furniture, saved with its article: the comment count, the feedback question and its buttons,
// the headings of the links it lists after the article ("Related articles", 関連記事), and a docs site's pager between
// articles ("Prev Next", "« Previous | Next »", 「前へ 次へ」), its two links flattened onto one line.
const HELP_FURNITURE =
  /^(?:[«‹←<]?\s*(?:prev(?:ious)?|前へ|前のページ)\s*[|/·・]?\s*(?:next|次へ|次のページ)\s*[»›→>]?|\d+\s+comments?|comments?(?:\s*[(（]?\d+[)）]?)?|please sign in to leave a comment\.?|コメントするには(?:サインイン|ログイン)してください。?|was this (?:article|page) helpful\??|did (?:this|the) (?:article|page) (?:help|answer your question)\??|is this (?:article|page) helpful\??|\d+ out of \d+ found this helpful|have more questions\??(?: submit a request)?|submit a request|yes\s*no|(?:related|recommended|popular) articles|articles in this section|recently viewed articles|この記事は(?:お)?役に立ちましたか[?？]?|この(?:記事|ページ)(?:は|で)(?:問題は)?解決しましたか[?？]?|\d+\s*人中\s*\d+\s*人がこの記事が役に立ったと言っています|はい\s*いいえ|関連(?:する)?記事|よく読まれている記事|このセクションの記事|最近表示した記事|コメント(?:\s*[(（]?\d+\s*件?[)）]?)?|\d+\s*件のコメント|他にご質問がございましたら[、,]?\s*リクエストを送信してください|リクエストを送信)$/iu;

// What is left of an image on a saved help page: its file name or slug, lowercase words joined by hyphens with no space
// ("storage-capacity-usage-jp", "plan-table.png"), alone between blank lines. Alt text, not a heading.
const IMAGE_SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+){2,}(?:\.(?:png|jpe?g|gif|svg|webp))?$|^[a-z0-9]+(?:[-_][a-z0-9]+)*\.(?:png|jpe?g|gif|svg|webp)$/;

/** A heading of the links a help page lists after its article ("Related articles", 関連記事): the link titles it opens. */
const LINK_LIST = /^(?:(?:related|recommended|popular) articles|articles in this section|recently viewed articles|関連(?:する)?記事|よく読まれている記事|このセクションの記事|最近表示した記事)$/iu;

/**
 * A help page's furniture, and the link titles under a heading of links: each a short line that is no sentence, up to
 * the first line that heads text of its own (a line followed by a sentence).
 */
function helpFurniture(lines: readonly string[]): number[] {
  const out: number[] = [];
  const next = (n: number) => {
    let k = n + 1;
    while (k < lines.length && lines[k].trim() === '') k++;
    return k;
  };
  const sentence = (n: number) => n < lines.length && (lines[n].trim().length > 100 || SENTENCE_END.test(lines[n].trim()));
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim().replace(/^#{1,6}\s+|^\*\*(.*)\*\*$/u, '$1');
    if (!HELP_FURNITURE.test(line)) continue;
    out.push(n);
    if (!LINK_LIST.test(line)) continue;
    for (let k = next(n); k < lines.length && !sentence(k) && !sentence(next(k)); k = next(k)) out.push(k);
  }
  return out;
}

/** Short lines at the top of a saved web page, in groups between blank lines, each group naming a navigation word. */
function navigation(lines: readonly string[]): number[] {
  const out: number[] = [];
  let n = 0;
  for (;;) {
    while (n < lines.length && lines[n].trim() === '') n++;
    const group: number[] = [];
    for (; n < lines.length && lines[n].trim() !== ''; n++) group.push(n);
    if (group.length === 0 || !group.some((k) => NAVIGATION.test(lines[k].trim())) || group.some((k) => lines[k].trim().length > 40)) return out;
    append(out, group);
  }
}

/** The 0-based numbers of the lines that are page furniture. */
export function pageFurniture(lines: readonly string[]): Set<number> {
  const found = new Set<number>([...navigation(lines), ...helpFurniture(lines)]);
  const blank = (n: number) => (lines[n] ?? '').trim() === '';
  lines.forEach((line, n) => {
    if (SITE_RECORD.test(line.trim()) || (IMAGE_SLUG.test(line.trim()) && blank(n - 1) && blank(n + 1))) found.add(n);
  });
  // A bare number counts only standing alone, so a column of figures extracted from a table stays.
  const pageNumbers = lines.flatMap((line, n) => (PAGE_NUMBER.test(line.trim()) && (!/^\d+$/.test(line.trim()) || blank(n - 1) || blank(n + 1)) ? [n] : []));
  // A lone number is a page number only where the document numbers its pages (more than one such line).
  if (pageNumbers.length >= 2) for (const n of pageNumbers) found.add(n);
  const pageNumberLines = new Set(pageNumbers);
  const occurrences = new Map<string, number[]>();
  lines.forEach((line, n) => {
    const trimmed = line.trim();
    if (trimmed.length === 0 || trimmed.length > 100 || SENTENCE_END.test(trimmed)) return;
    const key = trimmed.replace(/\d+/g, '#').replace(/\s+/g, ' ');
    const at = occurrences.get(key);
    if (at) at.push(n);
    else occurrences.set(key, [n]);
  });
  const first = lines.findIndex((l) => l.trim() !== '');
  const title = first === -1 ? '' : lines[first].trim().replace(/\d+/g, '#');
  for (const [key, at] of occurrences) {
    if (at.length < 3) continue;
    // Repeated words are furniture when they say so (copyright, page counter) or repeat the title;
    // a short heading such as "概要" may well recur under every chapter.
    const numbered = key.includes('#') && new Set(at.map((n) => lines[n].trim())).size > 1 && countsPages(lines, at);
    const nearPageNumber = at.filter((n) => [-2, -1, 0, 1, 2].some((d) => pageNumberLines.has(n + d))).length >= at.length / 2;
    if (FOOTER_WORDS.test(key) || numbered || key === title || nearPageNumber) for (const n of at) if (n !== first) found.add(n);
  }
  return found;
}

/**
 * A page counter's number grows from page to page, a page apart: cells of a table column ("30日", "14日", "7日")
 * share a shape too, but stand a few lines apart in any order, and they are the document's text; so do a procedure's
 * steps ("Step 1" … "Step 2"), one instruction apart however many blank lines a saved web page sets between them.
 */
function countsPages(lines: readonly string[], at: readonly number[]): boolean {
  // The key's "#" may be the line's own ("# 見出し" beside "3"): a line with no number counts nothing.
  const numbers = at.map((n) => Number(/\d+/.exec(lines[n])?.[0] ?? Number.NaN));
  if (numbers.some(Number.isNaN)) return false;
  const textLines = (from: number, to: number) => {
    let count = 0;
    for (let k = from + 1; k < to && count < MIN_PAGE_LINES; k++) if (lines[k].trim() !== '') count++;
    return count;
  };
  return at.every((n, i) => i === 0 || (textLines(at[i - 1], n) >= MIN_PAGE_LINES && numbers[i] >= numbers[i - 1]));
}
