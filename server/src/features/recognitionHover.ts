// What a reviewer sees over a heading of a published whitepaper: the controls
// its section was read as answering, and why (the id written in the text, the
// heading's words and the body's words that bore them out, the document's
// title, or only the body's words), so a wrong guess is seen for what it is.
import { lookupControl } from '../catalog';
import type { Locale, Localized } from '../core/locale';
import type { RecognizedControl } from '../import/recognizeControls';

const TEXT = {
  answers: { en: 'Read as answering:', ja: 'この節が答えると読んだ管理策:' },
  none: { en: 'Read as answering no expected control.', ja: 'どの管理策にも答えていないと読みました。' },
  reference: { en: 'id in text', ja: '本文中の番号' },
  heading: { en: 'heading words', ja: '見出しの語' },
  label: { en: 'label', ja: 'ラベル' },
  title: { en: 'title words', ja: '表題の語' },
  body: { en: 'body words', ja: '本文の語' },
  learned: { en: 'body words (learnt)', ja: '本文の語（学習）' },
  support: { en: 'borne out by', ja: '本文の裏付け' },
  passing: {
    en: 'named only in the body: findings about what this control should say are not reported for it',
    ja: '本文の語のみ: この管理策の記載内容についての指摘は出しません',
  },
} satisfies Record<string, Localized>;

// The document's own words, shown as text: Markdown's marks in them are escaped.
const plain = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
const quoted = (words: readonly string[], locale: Locale) => words.map((w) => (locale === 'ja' ? `「${plain(w)}」` : `"${plain(w)}"`)).join(locale === 'ja' ? '' : ', ');

function line(control: RecognizedControl, weak: boolean, locale: Locale): string {
  const title = lookupControl(control.id)?.title[locale];
  const why = [`${TEXT[control.via][locale]} ${quoted(control.words, locale)}`];
  if (control.support && control.support.length > 0) why.push(`${TEXT.support[locale]} ${quoted(control.support, locale)}`);
  if (weak) why.push(TEXT.passing[locale]);
  return `- **${control.id}**${title ? ` ${title}` : ''}: ${why.join(locale === 'ja' ? '。' : '; ')}`;
}

/** Markdown for the hover over a section's heading; `weak` holds the controls the whole text names only in passing. */
export function recognitionHover(controls: readonly RecognizedControl[], weak: ReadonlySet<string>, locale: Locale): string {
  if (controls.length === 0) return TEXT.none[locale];
  return [TEXT.answers[locale], '', ...controls.map((c) => line(c, weak.has(c.id), locale))].join('\n');
}
