// A required key that is absent, reported on the mapping that lacks it.
import { defineRule } from './rule';

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
  },
  fromSchemaError(error, context) {
    const path = context.path(error);
    if (error.keyword === 'anyOf') {
      const branches = (error.schema as { required?: string[] }[]).map((b) => b.required?.[0]);
      if (!branches.includes('body') || !branches.includes('sections')) return undefined;
      const data = error.data as { title?: unknown };
      return {
        ...context.spanAt(path, 'head'),
        messageId: 'bodyOrSections',
        data: { title: typeof data?.title === 'string' ? data.title : context.label(path) },
      };
    }
    if (error.keyword === 'type' && path.length === 0 && (error.data === null || error.data === undefined)) {
      return { start: 0, end: 0, messageId: 'emptyDocument' };
    }
    if (error.keyword !== 'required') return undefined;
    const key = String((error.params as { missingProperty: string }).missingProperty);
    const propertySchema = (error.parentSchema as { properties?: Record<string, unknown> }).properties?.[key];
    const title = context.title(propertySchema) ?? { en: key, ja: key };
    const parent = context.label(path);
    return parent === ''
      ? { ...context.spanAt(path, 'head'), messageId: 'missingTop', data: { key, title } }
      : { ...context.spanAt(path, 'key'), messageId: 'missingIn', data: { key, title, parent } };
  },
});
