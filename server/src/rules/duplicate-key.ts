// A repeated key silently replaces the earlier value in most YAML readers, so
// a whole section's text can vanish; every repetition is reported.
import { defineRule } from './rule';
import { yamlErrorSpan } from '../parse/yamlErrorSpan';

export default defineRule({
  id: 'duplicate-key',
  severity: 'error',
  description: {
    en: 'The same key appears twice in one mapping.',
    ja: '同じマッピングの中に同じキーが2回あります。',
  },
  messages: {
    duplicate: {
      en: 'Key "{key}" is already defined above; only one value can be kept. Merge the two or rename one.',
      ja: 'キー「{key}」はすでに上で定義されています。値は1つしか残りません。統合するか名前を変えてください。',
    },
    first: {
      en: 'First definition of "{key}".',
      ja: '「{key}」の最初の定義。',
    },
  },
  fromYamlError(error, text) {
    if (error.code !== 'DUPLICATE_KEY') return undefined;
    const span = yamlErrorSpan(error, text);
    return { ...span, messageId: 'duplicate', data: { key: text.slice(span.start, span.end).replace(/^["']|["']$/g, '') } };
  },
  checkDocument(document, report) {
    const seen = new Map<string, (typeof document.entries)[number]>();
    for (const entry of document.entries) {
      const first = seen.get(entry.key);
      if (!first) {
        seen.set(entry.key, entry);
        continue;
      }
      report({
        ...entry.keySpan,
        messageId: 'duplicate',
        data: { key: entry.key },
        related: [{ ...first.keySpan, messageId: 'first', data: { key: entry.key } }],
      });
    }
  },
});
