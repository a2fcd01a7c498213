// The document must be YAML a parser reads without guessing; every parser
// error becomes a finding at its position, all of them at once.
import { defineRule } from './rule';
import { yamlErrorSpan } from '../parse/yamlErrorSpan';

interface Line {
  readonly start: number;
  readonly indent: number;
  readonly content: string;
}

function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', start);
  const raw = text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
  const indent = raw.length - raw.trimStart().length;
  return { start, indent, content: raw.trim() };
}

/** Lines looked at above an error: enough for any real block, and a bound on the work per error in a document full of them. */
const LOOK_BACK = 200;

/** The content lines above `line`, nearest first; blank lines and comments say nothing about structure. */
function* linesAbove(text: string, line: Line): Generator<Line> {
  let start = line.start;
  for (let seen = 0; start > 0 && seen < LOOK_BACK; seen++) {
    const above = lineAt(text, start - 1);
    start = above.start;
    if (above.content !== '' && !above.content.startsWith('#')) yield above;
  }
}

/**
 * The parser reports each token of a mis-indented line as unexpected, and the usual advice ("a ':' missing
 * above") misleads. When the line's own indentation explains the error, one finding on the whole line says so.
 */
function misindented(text: string, offset: number): { start: number; end: number; messageId: 'listItemIndent' | 'deeperIndent' | 'unalignedIndent'; data?: Record<string, string | number> } | undefined {
  const line = lineAt(text, offset);
  if (line.content === '') return undefined;
  const span = { start: line.start + line.indent, end: line.start + line.indent + line.content.length };
  const above = linesAbove(text, line);
  const previous = above.next().value;
  if (!previous) return undefined;
  const item = /^-\s+([^\s:#][^:#]*?)\s*:(?:\s|$)/.exec(previous.content);
  if (item && previous.indent === line.indent) {
    const step = previous.content.length - previous.content.slice(1).trimStart().length;
    return { ...span, messageId: 'listItemIndent', data: { n: step, key: item[1] } };
  }
  const opensBlock = /(?::|^-|[|>][+-]?\d*)\s*(?:#.*)?$/.test(previous.content);
  if (line.indent > previous.indent && !opensBlock) return { ...span, messageId: 'deeperIndent' };
  if (line.indent >= previous.indent) return undefined;
  for (const l of above) if (l.indent === line.indent || (l.content.startsWith('- ') && l.indent + 2 === line.indent)) return undefined;
  return { ...span, messageId: 'unalignedIndent' };
}

export default defineRule({
  id: 'yaml-syntax',
  severity: 'error',
  description: {
    en: 'The file is not valid YAML.',
    ja: 'YAMLとして正しく読めない箇所があります。',
  },
  messages: {
    missingQuote: {
      en: 'YAML: a quoted text is not closed; add the closing quote.',
      ja: 'YAML: 引用符で始まる文字列が閉じていません。閉じる引用符を追加してください。',
    },
    badIndent: {
      en: 'YAML: wrong indentation here; align this line with the other keys at its level.',
      ja: 'YAML: インデントが正しくありません。同じ階層の他のキーと行頭をそろえてください。',
    },
    tab: {
      en: 'YAML: tabs cannot indent; use spaces.',
      ja: 'YAML: インデントにタブは使えません。スペースを使ってください。',
    },
    unexpected: {
      en: 'YAML: unexpected "{token}" here; check the line above for a missing ":" or a stray character.',
      ja: 'YAML: ここに「{token}」は置けません。直前の行で「:」の抜けや余分な文字がないか確認してください。',
    },
    listItemIndent: {
      en: 'YAML: indentation: this line starts in the column of the "-" above, so it is not part of that list item; indent it {n} more spaces, under "{key}".',
      ja: 'YAML: インデントの誤りです。この行は上の「-」と同じ列から始まっているため、そのリスト項目に含まれません。「{key}」の下にそろうよう、あと{n}文字字下げしてください。',
    },
    deeperIndent: {
      en: 'YAML: indentation: this line is indented deeper than the line above, which opens no block; line it up with the keys it belongs with.',
      ja: 'YAML: インデントの誤りです。上の行はブロックを始めていないのに、この行はそれより深く字下げされています。同じ階層のキーと行頭をそろえてください。',
    },
    unalignedIndent: {
      en: 'YAML: indentation: this line lines up with no key above it; line it up with the keys it belongs with.',
      ja: 'YAML: インデントの誤りです。この行の行頭は上のどのキーともそろっていません。同じ階層のキーと行頭をそろえてください。',
    },
    notAKey: {
      en: 'YAML: "{token}" is not a key; write "key: value", or indent the line under the key it belongs to.',
      ja: 'YAML: 「{token}」はキーになっていません。「キー: 値」の形で書くか、属するキーの下にインデントしてください。',
    },
    multilineKey: {
      en: 'YAML: a key must fit on one line; is a ":" or an indentation missing?',
      ja: 'YAML: キーは1行で書く必要があります。「:」やインデントが抜けていませんか。',
    },
    multipleDocuments: {
      en: 'YAML: a whitepaper is one document; remove this "---" and what follows or merge it.',
      ja: 'YAML: ホワイトペーパーは1つの文書です。この「---」以降を削除するか統合してください。',
    },
    alias: {
      en: 'YAML: alias "{token}" refers to no anchor defined before it.',
      ja: 'YAML: エイリアス「{token}」に対応するアンカーが、それより前に定義されていません。',
    },
    aliasLimit: {
      en: 'YAML: aliases expand to too much content (more than {limit} references); the file is not checked further.',
      ja: 'YAML: エイリアスの展開が多すぎます({limit}回超)。このファイルはこれ以上検査しません。',
    },
    tooDeep: {
      en: 'YAML: nesting is too deep to read; the file is not checked further.',
      ja: 'YAML: 入れ子が深すぎて読み込めません。このファイルはこれ以上検査しません。',
    },
    tooLarge: {
      en: 'The file is {size} MB, more than the {limit} MB this checker reads; it is not checked.',
      ja: 'ファイルが{size}MBあり、検査できる上限の{limit}MBを超えています。検査しません。',
    },
    other: {
      en: 'YAML: {detail}',
      ja: 'YAML構文エラー: {detail}',
    },
  },
  fromYamlError(error, text) {
    if (error.code === 'DUPLICATE_KEY') return undefined;
    const span = yamlErrorSpan(error, text);
    const token = text.slice(span.start, span.end).trim() || text.slice(span.start, span.start + 1);
    switch (error.code) {
      case 'MISSING_CHAR':
        return { ...span, messageId: /quote/i.test(error.message) ? 'missingQuote' : 'unexpected', data: { token } };
      case 'BAD_INDENT':
        return { ...span, messageId: 'badIndent' };
      case 'TAB_AS_INDENT':
        return { ...span, messageId: 'tab' };
      case 'MULTILINE_IMPLICIT_KEY':
        return { ...span, messageId: 'multilineKey' };
      case 'MULTIPLE_DOCS':
        return { ...span, messageId: 'multipleDocuments' };
      case 'BAD_ALIAS':
        return { ...span, messageId: 'alias', data: { token } };
      case 'UNEXPECTED_TOKEN':
      case 'BAD_SCALAR_START':
      case 'BLOCK_AS_IMPLICIT_KEY':
        return misindented(text, span.start) ?? { ...span, messageId: 'unexpected', data: { token } };
      default:
        return { ...span, messageId: 'other', data: { detail: error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') } };
    }
  },
});
