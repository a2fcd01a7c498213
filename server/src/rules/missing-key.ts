// A required key that is absent, reported on the mapping that lacks it. Where
// the value is certain (the format version, the language the text is written
// in) the fix adds it; a section without text gets a body with a marker.
import { IN_TEXT, inLanguageOf } from './markers';
import { defineRule } from './rule';

/** The whole text of the document, to tell its language. */
const WHOLE = { start: 0, end: Number.MAX_SAFE_INTEGER };

/**
 * The language the text is written in, and whether that is beyond doubt. Keys are ASCII in both, and an English
 * whitepaper may name a Japanese provider: a Japanese character says far more than a Latin letter.
 */
function languageOf(text: string): { lang: 'ja' | 'en'; certain: boolean } {
  const japanese = text.match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return japanese * 4 >= latin ? { lang: 'ja', certain: japanese * 2 >= latin } : { lang: 'en', certain: japanese * 8 <= latin };
}

export default defineRule({
  id: 'missing-key',
  severity: 'error',
  description: {
    en: 'A key the format requires is missing.',
    ja: '書式で必須のキーがありません。',
  },
  messages: {
    missingTop: {
      en: 'The whitepaper has no "{key}" ({title}); add it at the top level.',
      ja: 'ホワイトペーパーに「{key}」({title})がありません。最上位に追加してください。',
    },
    missingIn: {
      en: '"{parent}" has no "{key}" ({title}); add it.',
      ja: '「{parent}」に「{key}」({title})がありません。追加してください。',
    },
    emptyDocument: {
      en: 'The file is empty. A whitepaper needs at least: whitepaper, lang, title, service and sections.',
      ja: 'ファイルが空です。ホワイトペーパーには少なくとも whitepaper、lang、title、service、sections が必要です。',
    },
    bodyOrSections: {
      en: 'Section "{title}" has neither "body" nor "sections"; write its text under "body".',
      ja: 'セクション「{title}」に「body」も「sections」もありません。本文を「body」に書いてください。',
    },
    addKey: { en: 'Add "{key}: {value}"', ja: '「{key}: {value}」を追加' },
    addBody: { en: 'Add a body to write the text in', ja: '本文を書く body を追加' },
  },
  fromSchemaError(error, context) {
    const path = context.path(error);
    if (error.keyword === 'anyOf') {
      const branches = (error.schema as { required?: string[] }[]).map((b) => b.required?.[0]);
      if (!branches.includes('body') || !branches.includes('sections')) return undefined;
      const data = error.data as { title?: unknown };
      const title = typeof data?.title === 'string' ? data.title : context.label(path);
      const body = context.addKey(path, 'body', `|\n  ${inLanguageOf(title, IN_TEXT)}`);
      return {
        ...context.spanAt(path, 'head'),
        messageId: 'bodyOrSections',
        data: { title },
        fixes: body ? [{ messageId: 'addBody', edits: [body] }] : undefined,
      };
    }
    if (error.keyword === 'type' && path.length === 0 && (error.data === null || error.data === undefined)) {
      // A file of settings with nothing (or only comments) in it asks for every default: nothing is missing.
      if (!(error.parentSchema as { required?: string[] }).required?.length) return null;
      return { start: 0, end: 0, messageId: 'emptyDocument' };
    }
    if (error.keyword !== 'required') return undefined;
    const key = String((error.params as { missingProperty: string }).missingProperty);
    const propertySchema = (error.parentSchema as { properties?: Record<string, unknown> }).properties?.[key];
    const title = context.title(propertySchema) ?? { en: key, ja: key };
    const parent = context.label(path);
    if (parent !== '') return { ...context.spanAt(path, 'key'), messageId: 'missingIn', data: { key, title, parent } };
    const language = key === 'lang' ? languageOf(context.source(WHOLE)) : undefined;
    const value = key === 'whitepaper' ? '1' : language?.lang;
    const edit = value && context.addKey(path, key, value);
    const fixes = edit ? [{ messageId: 'addKey' as const, data: { key, value }, edits: [edit], preferred: language?.certain ?? true }] : undefined;
    return { ...context.spanAt(path, 'head'), messageId: 'missingTop', data: { key, title }, fixes };
  },
});
