// A web page (a provider's disclosure page) or the HTML mammoth makes of a
// Word file, as blocks: h1–h6 are headings, li list items (nested lists one
// level deeper), tr table rows (cells joined by a tab), everything else that
// holds text a paragraph. The page's chrome is dropped: navigation, scripts,
// styles, forms, and the header, footer and sidebars around the article.
import type { DefaultTreeAdapterMap } from 'parse5' with { 'resolution-mode': 'import' };
import type { BlockKind, SourceFormat, SourcePlace } from './block';
import { assemble, type RawBlock } from './assemble';
import type { ReadDocument } from './block';
import { classifyLines } from './classifyLines';
import { concat, joinTraced, positionsIn, replaceTraced, runsOf, splitTrimmed, traceNode, written, type TracedText } from './tracedText';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const NEVER = new Set(['script', 'style', 'noscript', 'template', 'nav', 'svg', 'math', 'iframe', 'object', 'button', 'select', 'textarea', 'input', 'head', 'dialog']);
/** Page furniture, dropped unless it sits inside the article itself. */
const CHROME = new Set(['header', 'footer', 'aside']);
const HEADING = /^h([1-6])$/;
const LEAF: Record<string, BlockKind> = { p: 'paragraph', pre: 'paragraph', dt: 'paragraph', dd: 'paragraph', caption: 'paragraph', figcaption: 'paragraph', address: 'paragraph' };
const CONTAINERS = new Set(['html', 'body', 'main', 'article', 'section', 'div', 'blockquote', 'figure', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'ul', 'ol', 'li', 'details', 'summary', 'center', 'form', 'fieldset', 'header', 'footer', 'aside', 'hgroup', 'colgroup']);

const isElement = (node: Node): node is Element => 'tagName' in node;
const BREAK = '\u2028';
const CJK = '\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef';
/** A line break in the page's source between two Japanese characters: the author wrapped the line, no space meant. */
const WRAPPED_CJK = new RegExp(`(?<=[${CJK}])[ \\t]*[\\r\\n]\\s*(?=[${CJK}])`, 'g');

type TextNode = DefaultTreeAdapterMap['textNode'];
/** A text node's words with where each sits in the source; none where the reader kept no locations (a Word file's HTML). */
type Trace = (node: TextNode) => TracedText;

/** An element's words as pieces in reading order, joined once by the caller: joining at every level of nesting copied the words once per level. */
function inlinePieces(node: Node, skip: (element: Element) => boolean, trace: Trace, pieces: TracedText[]): void {
  if (node.nodeName === '#text') {
    pieces.push(trace(node as TextNode));
    return;
  }
  if (!isElement(node) || NEVER.has(node.tagName) || skip(node)) return;
  if (node.tagName === 'br') {
    pieces.push(written(BREAK));
    return;
  }
  // Cells and block children inside an inline run still separate words.
  const apart = /^(td|th|div|p|li|tr)$/.test(node.tagName);
  if (apart) pieces.push(written(' '));
  for (const child of node.childNodes) inlinePieces(child, skip, trace, pieces);
  if (apart) pieces.push(written(' '));
}

function inlineText(nodes: readonly Node[], skip: (element: Element) => boolean, trace: Trace): TracedText {
  const pieces: TracedText[] = [];
  for (const node of nodes) inlinePieces(node, skip, trace, pieces);
  return concat(pieces);
}

/** Lines of a block's text: whitespace collapsed as a browser does, none left between Japanese characters. */
function lines(raw: TracedText): TracedText[] {
  return splitTrimmed(replaceTraced(replaceTraced(raw, WRAPPED_CJK, ''), /[\t\n\r\f ]+/g, ' '), BREAK);
}

const joined = (parts: readonly TracedText[]) => joinTraced(parts, ' ');

function findFirst(node: Node, name: string): Element | undefined {
  if (isElement(node) && node.tagName === name) return node;
  if (!('childNodes' in node)) return undefined;
  for (const child of node.childNodes) {
    const found = findFirst(child, name);
    if (found) return found;
  }
  return undefined;
}

/** The elements of a name, outermost only: one nested in another is read with it. */
function findAll(node: Node, name: string, found: Element[] = []): Element[] {
  if (isElement(node) && node.tagName === name) found.push(node);
  else if ('childNodes' in node) for (const child of node.childNodes) findAll(child, name, found);
  return found;
}

/** Where a node starts in the page's source, a text at its first word: what a finding on its words points at in the file the user gave. */
const sourceOf = (node: Node): SourcePlace => {
  const at = (node as { sourceCodeLocation?: { startLine: number; startCol: number } | null }).sourceCodeLocation;
  if (!at) return {};
  const leading = node.nodeName === '#text' ? /^\s*/.exec((node as DefaultTreeAdapterMap['textNode']).value)![0].split('\n') : [''];
  const last = leading[leading.length - 1].replace(/\r$/, '');
  return leading.length === 1 ? { sourceLine: at.startLine, sourceColumn: at.startCol + last.length } : { sourceLine: at.startLine + leading.length - 1, sourceColumn: last.length + 1 };
};

export async function readHtml(source: string, format: SourceFormat = 'html'): Promise<ReadDocument> {
  const { parse } = await import('parse5');
  const document = parse(source, { sourceCodeLocationInfo: format === 'html' });
  // Pages' sources joined into one text each keep their own <main>: the parser puts them all in one body, and each is read.
  const mains = findAll(document, 'main');
  const roots: Node[] = mains.length > 0 ? mains : [findFirst(document, 'article') ?? findFirst(document, 'body') ?? document];
  const root = roots[0];
  const positions = format === 'html' ? positionsIn(source) : undefined;
  const trace: Trace = (node) => {
    const at = node.sourceCodeLocation;
    return at ? traceNode(node.value, source, at.startOffset, at.endOffset) : written(node.value);
  };
  const raw: RawBlock[] = [];
  let paragraph = 0;
  const push = (kind: BlockKind, level: number, text: TracedText[], at: SourcePlace) => {
    if (text.length === 0) return;
    paragraph++;
    const base = { paragraph, ...at };
    const marks = positions ? text.flatMap((line, i) => runsOf(line, i, source, positions)) : undefined;
    raw.push({ kind, level, lines: text.map((line) => line.text), places: [base], ...(marks ? { marks } : {}) });
  };
  const chrome = (element: Element) => root.nodeName === 'body' && CHROME.has(element.tagName);
  let pending: TracedText[] = [];
  let pendingWords = false;
  let pendingAt: SourcePlace = {};
  const flush = () => {
    push('paragraph', 0, lines(concat(pending)), pendingAt);
    pending = [];
    pendingWords = false;
    pendingAt = {};
  };
  // A paragraph of loose words starts where its first word does.
  const gather = (pieces: readonly TracedText[], from: Node) => {
    if (!pendingWords && pieces.some((piece) => piece.text.trim() !== '')) {
      pendingAt = sourceOf(from);
      pendingWords = true;
    }
    for (const piece of pieces) pending.push(piece);
  };

  const walk = (node: Node, listDepth: number) => {
    if (!isElement(node)) {
      if (node.nodeName === '#text') gather([trace(node as TextNode)], node);
      return;
    }
    const tag = node.tagName;
    if (NEVER.has(tag) || chrome(node)) return;
    const heading = HEADING.exec(tag);
    if (heading) {
      flush();
      push('heading', Number(heading[1]), [joined(lines(inlineText([node], () => false, trace)))].filter((line) => line.text !== ''), sourceOf(node));
    } else if (LEAF[tag]) {
      flush();
      push(LEAF[tag], 0, lines(inlineText([node], () => false, trace)), sourceOf(node));
    } else if (tag === 'tr') {
      flush();
      const cells = node.childNodes.filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));
      const row = cells.map((cell) => joined(lines(inlineText([cell], () => false, trace))));
      if (row.some((cell) => cell.text !== '')) push('table-row', 0, [joinTraced(row, '\t')], sourceOf(node));
    } else if (tag === 'ol' || tag === 'ul') {
      flush();
      let number = Number(node.attrs.find((a) => a.name === 'start')?.value ?? 1) || 1;
      for (const child of node.childNodes) {
        if (isElement(child) && child.tagName === 'li') listItem(child, tag === 'ol' ? `${number++}) ` : '- ', listDepth + 1);
        else walk(child, listDepth);
      }
    } else if (CONTAINERS.has(tag) || (node.childNodes.length > 0 && !isInline(tag))) {
      flush();
      for (const child of node.childNodes) walk(child, listDepth);
      flush();
    } else {
      // Its pieces join the paragraph's, which is joined once.
      const pieces: TracedText[] = [];
      inlinePieces(node, () => false, trace, pieces);
      gather(pieces, node);
    }
  };
  // The item's own words after its bullet (one it already writes is kept), then its nested lists one level deeper.
  const listItem = (item: Element, bullet: string, depth: number) => {
    const nested = (element: Element) => element.tagName === 'ul' || element.tagName === 'ol';
    const words = joined(lines(inlineText(item.childNodes, nested, trace)));
    if (words.text) push('list-item', depth, [/^[-–•・●○■□◆◇▪※*＊]/.test(words.text) ? words : concat([written(bullet), words])], sourceOf(item));
    for (const child of item.childNodes) if (isElement(child) && nested(child)) walk(child, depth);
  };
  for (const each of roots) walk(each, 0);
  flush();
  headingsFromWords(raw);

  const h1 = raw.find((b) => b.kind === 'heading');
  const titleElement = findFirst(document, 'title');
  const title = h1?.lines[0] ?? (titleElement ? joined(lines(inlineText([titleElement], () => false, trace))).text : undefined);
  return assemble(format, raw, title);
}

/**
 * A file with no heading styles (a Word file whose headings are typed in the body's style, "1. Scope" in bold or not):
 * its headings and typed list items are recognised from their words, as in plain text, each paragraph a line with a blank line after it.
 */
function headingsFromWords(raw: RawBlock[]): void {
  if (raw.some((b, i) => b.kind === 'heading' && i > 0)) return;
  const asText = raw.flatMap((b) => [(b.kind === 'paragraph' && b.lines.length === 1) || b.kind === 'heading' ? b.lines.join(' ') : '', '']);
  classifyLines(asText, 'text').forEach((line, n) => {
    const block = raw[n / 2];
    if (n % 2 !== 0 || block.kind !== 'paragraph') return;
    if (line.kind === 'heading') raw[n / 2] = { ...block, kind: 'heading', level: line.level };
    else if (line.kind === 'list-item') raw[n / 2] = { ...block, kind: 'list-item', level: line.level };
  });
}

const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'del', 'ins', 'label', 'font', 'img']);

function isInline(tag: string): boolean {
  return INLINE.has(tag);
}
