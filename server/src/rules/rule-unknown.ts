// A rule id in .wp27017.yaml that no rule has: the severity set for it
// silently changes nothing, so a typo ("vague-periods") would leave the
// author believing a rule is off. The schema lists the ids; this rule turns
// its complaint into a "did you mean" with a fix.
import { CONFIG } from '../analyze/documentKind';
import { nearest } from '../core/nearest';
import { defineRule } from './rule';

/** The schema of the keys under `rules:`; ajv hands it back as the failing error's parentSchema. */
const RULE_ID_SCHEMA = (CONFIG.schema.properties.rules as { propertyNames: { enum: string[] } }).propertyNames;

export default defineRule({
  id: 'rule-unknown',
  appliesTo: ['config'],
  severity: 'error',
  description: {
    en: 'A rule id in the workspace configuration that no rule has.',
    ja: 'ワークスペース設定に、存在しないルール ID が書かれています。',
  },
  messages: {
    unknown: {
      en: 'There is no rule "{id}", so this setting changes nothing.',
      ja: 'ルール「{id}」は存在しないため、この設定は何も変えません。',
    },
    suggest: {
      en: 'There is no rule "{id}", so this setting changes nothing. Did you mean "{suggestion}"?',
      ja: 'ルール「{id}」は存在しないため、この設定は何も変えません。「{suggestion}」の誤りではありませんか。',
    },
    useId: {
      en: 'Change to "{suggestion}"',
      ja: '「{suggestion}」に直す',
    },
  },
  fromSchemaError(error, context) {
    if (error.parentSchema !== RULE_ID_SCHEMA || error.propertyName === undefined) return undefined;
    // ajv also reports the enclosing propertyNames failure: one finding per key is enough.
    if (error.keyword !== 'enum') return null;
    const span = context.spanAt([...context.path(error), error.propertyName], 'key');
    const id = error.propertyName;
    const suggestion = nearest(id, RULE_ID_SCHEMA.enum);
    if (!suggestion) return { ...span, messageId: 'unknown', data: { id } };
    return { ...span, messageId: 'suggest', data: { id, suggestion }, fixes: [{ messageId: 'useId', data: { suggestion }, edits: [{ ...span, text: suggestion }], preferred: true }] };
  },
});
