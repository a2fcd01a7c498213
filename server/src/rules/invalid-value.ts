// A value of the wrong type or form. Messages say what was found and what the
// format expects, with an example taken from the schema itself.
import { defineRule } from './rule';
import type { Localized } from '../core/locale';
import { nearest } from '../core/nearest';
import { shortValue, typeList, typeOfValue } from '../schema/describeValue';

/** A schema title used mid-sentence in English: "Control id" → "control id", but "URL" stays. */
function midSentence(title: Localized): Localized {
  return /^[A-Z][A-Z]/.test(title.en) ? title : { ...title, en: title.en.charAt(0).toLowerCase() + title.en.slice(1) };
}

interface ValueSchema {
  examples?: unknown[];
}

export default defineRule({
  id: 'invalid-value',
  severity: 'error',
  description: {
    en: 'A value of the wrong type or form.',
    ja: '値の型や形式が正しくありません。',
  },
  messages: {
    rootType: {
      en: 'A whitepaper is a mapping of keys (whitepaper:, lang:, title:, service:, sections:); found {actual}.',
      ja: 'ホワイトペーパーはキーと値のマッピング(whitepaper:、lang:、title:、service:、sections:)で書きます。現在は{actual}です。',
    },
    type: {
      en: '"{key}" must be {expected}; found {actual}.',
      ja: '「{key}」は{expected}で書いてください(現在は{actual})。',
    },
    unquotedNumber: {
      en: 'Put {written} in quotes ("{written}"): unquoted, YAML reads it as the number {read}.',
      ja: '{written} は引用符で囲んでください("{written}")。囲まないと YAML は数値 {read} として読みます。',
    },
    oneOf: {
      en: '"{key}" must be one of {allowed}; found "{value}".',
      ja: '「{key}」には {allowed} のいずれかを指定してください(現在は「{value}」)。',
    },
    oneOfSuggest: {
      en: '"{key}" must be one of {allowed}; found "{value}". Did you mean "{suggestion}"?',
      ja: '「{key}」には {allowed} のいずれかを指定してください(現在は「{value}」)。「{suggestion}」の誤りではありませんか。',
    },
    useValue: {
      en: 'Change to "{suggestion}"',
      ja: '「{suggestion}」に直す',
    },
    pattern: {
      en: '"{value}" is not a valid {what}; write it like "{example}".',
      ja: '「{value}」は{what}として正しくありません。「{example}」のように書いてください。',
    },
    empty: {
      en: '"{key}" is empty; write its content or remove the key.',
      ja: '「{key}」が空です。内容を書くか、キーを削除してください。',
    },
    tooFew: {
      en: '"{key}" needs at least {limit} item(s).',
      ja: '「{key}」には少なくとも{limit}個の項目が必要です。',
    },
    repeated: {
      en: '"{value}" is listed twice in "{key}".',
      ja: '「{key}」に「{value}」が2回書かれています。',
    },
    range: {
      en: '"{key}" must be {comparison} {limit}; found {value}.',
      ja: '「{key}」は{limit}{comparison}にしてください(現在は{value})。',
    },
    other: {
      en: '"{key}" has a value the format does not accept.',
      ja: '「{key}」の値は書式で認められていません。',
    },
  },
  fromSchemaError(error, context) {
    const path = context.path(error);
    const key = context.label(path);
    const value = error.data;
    const parentSchema = error.parentSchema as ValueSchema;
    if (error.propertyName !== undefined) {
      // A key that breaks `propertyNames`, e.g. a not_applicable id like "12-3-1".
      const span = context.spanAt([...path, error.propertyName], 'key');
      const example = String(parentSchema?.examples?.[0] ?? '');
      const what = midSentence(context.title(error.parentSchema) ?? { en: 'key', ja: 'キー' });
      return { ...span, messageId: 'pattern', data: { value: error.propertyName, what, example } };
    }
    switch (error.keyword) {
      case 'type': {
        if (key === '') return { ...context.spanAt(path, 'head'), messageId: 'rootType', data: { actual: typeOfValue(value) } };
        const span = context.spanAt(path, 'value');
        const expectsText = String((error.params as { type: string }).type) === 'string';
        if (expectsText && typeof value === 'number') {
          return { ...span, messageId: 'unquotedNumber', data: { written: context.source(span), read: String(value) } };
        }
        return {
          ...context.spanAt(path, 'value'),
          messageId: 'type',
          data: { key, expected: typeList(String((error.params as { type: string }).type)), actual: typeOfValue(value) },
        };
      }
      case 'enum':
      case 'const': {
        const options = (error.keyword === 'enum' ? (error.params as { allowedValues: unknown[] }).allowedValues : [(error.params as { allowedValue: unknown }).allowedValue]).map(String);
        const unique = [...new Set(options)];
        const found = shortValue(value);
        const suggestion = nearest(found, unique);
        const data = { key, value: found, allowed: unique.join(', ') };
        const span = context.spanAt(path, 'value');
        if (!suggestion) return { ...span, messageId: 'oneOf', data };
        // "2013" must stay a string once written: quote values YAML would read as numbers.
        const text = /^[\d.]+$/.test(suggestion) ? `"${suggestion}"` : suggestion;
        return { ...span, messageId: 'oneOfSuggest', data: { ...data, suggestion }, fixes: [{ messageId: 'useValue', data: { suggestion }, edits: [{ ...span, text }], preferred: true }] };
      }
      case 'pattern': {
        const what = midSentence(context.title(error.parentSchema) ?? { en: key, ja: key });
        return { ...context.spanAt(path, 'value'), messageId: 'pattern', data: { value: shortValue(value), what, example: String(parentSchema?.examples?.[0] ?? '') } };
      }
      case 'minLength':
        return { ...context.spanAt(path, 'key'), messageId: 'empty', data: { key } };
      case 'minItems':
        return (error.params as { limit: number }).limit === 1
          ? { ...context.spanAt(path, 'key'), messageId: 'empty', data: { key } }
          : { ...context.spanAt(path, 'key'), messageId: 'tooFew', data: { key, limit: (error.params as { limit: number }).limit } };
      case 'uniqueItems': {
        const { i } = error.params as { i: number; j: number };
        const items = value as unknown[];
        return { ...context.spanAt([...path, i], 'value'), messageId: 'repeated', data: { key, value: shortValue(items[i]) } };
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const { comparison, limit } = error.params as { comparison: string; limit: number };
        return { ...context.spanAt(path, 'value'), messageId: 'range', data: { key, comparison, limit, value: shortValue(value) } };
      }
      case 'propertyNames':
        return undefined;
      default:
        return { ...context.spanAt(path, 'value'), messageId: 'other', data: { key } };
    }
  },
});
