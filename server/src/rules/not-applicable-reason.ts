// "Not applicable" is a claim a reviewer checks: it needs a reason a customer
// can verify, not an empty value or a word that only repeats the claim.
import { WHITEPAPER } from '../analyze/documentKind';
import { langOf } from '../model/documentFacts';
import { REASON } from './markers';
import { defineRule } from './rule';

/** The schema of a not_applicable reason; ajv hands it back as the failing error's parentSchema. */
const REASON_SCHEMA = (WHITEPAPER.schema.properties.not_applicable as { additionalProperties: unknown }).additionalProperties;

// Whole reasons that say nothing beyond "not applicable", in either language.
const NON_REASON = /^(?:n\/?a|none|nothing|not applicable|tbd|todo|-+|—+|―+|ー+|…+|\.+|なし|無し|該当なし|該当無し|対象外|適用外|適用除外|不要|未定|特になし|特に無し|非該当)$/i;

export default defineRule({
  id: 'not-applicable-reason',
  appliesTo: ['whitepaper'],
  severity: 'warning',
  description: {
    en: 'A control declared not applicable without a real reason.',
    ja: '適用除外とした管理策に、実質的な理由が書かれていません。',
  },
  messages: {
    empty: {
      en: '{id} is declared not applicable with no reason; say why it does not apply to this service.',
      ja: '{id} が理由なしで適用除外とされています。このサービスに当てはまらない理由を書いてください。',
    },
    noReason: {
      en: '{id}: "{reason}" is not a reason; say why the control does not apply to this service.',
      ja: '{id}: 「{reason}」は理由になっていません。この管理策がサービスに当てはまらない理由を書いてください。',
    },
    writeReason: { en: 'Leave a marker for the reason', ja: '理由の記入欄を置く' },
  },
  // An empty reason fails the schema too; it is reported below, naming the control, with a fix in the document's language.
  fromSchemaError: (error) => (error.parentSchema === REASON_SCHEMA && (error.keyword === 'minLength' || (error.keyword === 'type' && error.data == null)) ? null : undefined),
  checkDocument(document, report) {
    const marker = REASON[langOf(document)];
    for (const entry of document.notApplicable) {
      if (entry.reason == null || entry.reason === '') {
        // An empty value ("") is replaced; none at all ("CLD.9.5.2:") gets the marker after the colon and a space.
        const colon = document.text.indexOf(':', entry.keySpan.end);
        const at = entry.valueSpan.start !== entry.keySpan.start ? entry.valueSpan : { start: colon + 1, end: colon + 1 };
        const edit = { ...at, text: `${document.text.charAt(at.start - 1) === ':' ? ' ' : ''}${marker}` };
        report({ ...entry.keySpan, messageId: 'empty', data: { id: entry.id }, fixes: [{ messageId: 'writeReason', edits: [edit] }] });
        continue;
      }
      if (typeof entry.reason !== 'string') continue;
      const reason = entry.reason.trim().replace(/[。.．、,]+$/u, '');
      if (!NON_REASON.test(reason)) continue;
      const fix = { messageId: 'writeReason' as const, edits: [{ ...entry.valueSpan, text: marker }] };
      report({ ...entry.valueSpan, messageId: 'noReason', data: { id: entry.id, reason: entry.reason.trim() }, fixes: [fix] });
    }
  },
});
