// The draft markers fixes write where only the author knows what goes, in the
// document's language. The placeholder rule keeps reporting each one until it
// is replaced, and editors that take snippets make each one a tab stop.
// Where a marker stands as a plain YAML value, it must not read as YAML
// syntax: "[…]" alone is a list, and ": " inside starts a nested mapping.
import type { Localized } from '../core/locale';

/** In prose: a sentence in a block body. */
export const IN_TEXT: Localized = { en: '[TODO]', ja: '［要記入］' };

/** As a plain value (`backup.retention: TODO`). */
export const AS_VALUE: Localized = { en: 'TODO', ja: '［要記入］' };

/** Where vague words stood, in any kind of body. */
export const PERIOD: Localized = { en: '[TODO number and unit]', ja: '［要記入：数値と単位］' };

/** A not_applicable reason, as a plain value. */
export const REASON: Localized = { en: '"[TODO: why it does not apply]"', ja: '［要記入：適用しない理由］' };

/** The first line of a new section's body, before what to disclose. */
export const DISCLOSE: Localized = { en: '[TODO] Disclose: ', ja: '［要記入］ 記載すべき事項: ' };

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** A marker in the language `text` is written in, for places that do not know the document's. */
export const inLanguageOf = (text: string, marker: Localized): string => marker[JAPANESE.test(text) ? 'ja' : 'en'];
