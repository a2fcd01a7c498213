// CLD.8.1.5: what a customer most needs to know about leaving a cloud service
// is when their data is deleted and how they get it back before that.
import { factsFor } from '../model/sectionsFor';
import { defineRule } from './rule';

const RETURN_WORDS = /返却|返還|エクスポート|ダウンロード|取り出|移行|持ち出|export|download|retriev|return|migrat|take out/i;

export default defineRule({
  id: 'deletion-policy',
  appliesTo: ['whitepaper'],
  severity: 'warning',
  description: {
    en: 'CLD.8.1.5 does not say when customer data is deleted after the contract ends, or how customers get it back first.',
    ja: 'CLD.8.1.5 に、契約終了後にデータをいつ削除するか、またはその前にどう取り出せるかの記載がありません。',
  },
  messages: {
    noTiming: {
      en: 'CLD.8.1.5: no deletion timing is given; say when customer data is deleted after the contract ends (e.g. "within 30 days").',
      ja: 'CLD.8.1.5: 削除の時期の記載がありません。契約終了後いつまでに利用者データを削除するか(例:「30日以内」)を書いてください。',
    },
    noReturn: {
      en: 'CLD.8.1.5: the text does not say how customers get their data back (export, return) before it is deleted.',
      ja: 'CLD.8.1.5: 削除の前に利用者がデータをどう取り出せるか(エクスポート、返却)の記載がありません。',
    },
  },
  checkDocument(document, report) {
    const { sections, prose, pinned, body } = factsFor(document, ['CLD.8.1.5']);
    if (sections.length === 0) return;
    const timed = prose.some((f) => f.topic === 'deletion' && f.kind !== 'vague') || pinned.some((f) => f.key === 'deletion.after_termination');
    if (!timed) report({ ...sections[0].head, messageId: 'noTiming' });
    const returned = prose.some((f) => f.topic === 'data-return') || pinned.some((f) => f.key === 'data.return') || RETURN_WORDS.test(body);
    if (!returned) report({ ...sections[0].head, messageId: 'noReturn' });
  },
});
