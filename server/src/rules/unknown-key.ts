// Unknown keys are errors so that a typo ("servce:") never silently drops
// content; the message offers the nearest allowed key.
import { defineRule } from './rule';
import { nearest } from '../core/nearest';

export default defineRule({
  id: 'unknown-key',
  severity: 'error',
  description: {
    en: 'A key the format does not define.',
    ja: '書式に定義されていないキーです。',
  },
  messages: {
    unknown: {
      en: 'Unknown key "{key}" in {parent}. Allowed here: {allowed}.',
      ja: '{parent}に不明なキー「{key}」があります。ここで使えるキー: {allowed}',
    },
    didYouMean: {
      en: 'Unknown key "{key}" in {parent}. Did you mean "{suggestion}"?',
      ja: '{parent}に不明なキー「{key}」があります。「{suggestion}」の誤りではありませんか。',
    },
    rename: {
      en: 'Rename "{key}" to "{suggestion}"',
      ja: '「{key}」を「{suggestion}」に直す',
    },
  },
  fromSchemaError(error, context) {
    if (error.keyword !== 'additionalProperties') return undefined;
    const key = String((error.params as { additionalProperty: string }).additionalProperty);
    const parentPath = context.path(error);
    const schema = error.parentSchema as { properties?: Record<string, unknown>; patternProperties?: Record<string, unknown> };
    const allowed = Object.keys(schema.properties ?? {});
    const parentLabel = context.label(parentPath);
    const parent = parentLabel === '' ? { en: 'the top level', ja: '最上位' } : { en: `"${parentLabel}"`, ja: `「${parentLabel}」` };
    const span = context.spanAt([...parentPath, key], 'key');
    const suggestion = nearest(key, allowed);
    return suggestion
      ? {
          ...span,
          messageId: 'didYouMean',
          data: { key, parent, suggestion },
          fixes: [{ messageId: 'rename', data: { key, suggestion }, edits: [{ ...span, text: suggestion }], preferred: true }],
        }
      : { ...span, messageId: 'unknown', data: { key, parent, allowed: allowed.join(', ') } };
  },
});
