// CLD.8.1.5: what a customer most needs to know about leaving a cloud service
// is when their data is deleted and how they get it back before that.
import { factsFor } from '../model/sectionsFor';
import { defineRule } from './rule';
import { statementFix } from './statementFix';

const TIMING = {
  sentence: { en: 'Customer data is deleted within {todo} days after the contract ends.', ja: 'ご契約の終了後{todo}日以内に、お客様のデータを削除します。' },
  key: 'deletion.after_termination',
};
const RETURN = {
  sentence: { en: 'Until it is deleted, customers can retrieve their data by {todo}.', ja: '削除までの間、お客様は{todo}によりデータを取り出せます。' },
  key: 'data.return',
};

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
    addTiming: { en: 'Add a sentence on when data is deleted, and facts: deletion.after_termination', ja: '削除の時期を述べる一文と facts: deletion.after_termination を追加' },
    addReturn: { en: 'Add a sentence on how customers retrieve their data, and facts: data.return', ja: 'データの取り出し方を述べる一文と facts: data.return を追加' },
  },
  checkDocument(document, report) {
    const { sections, prose, pinned, body } = factsFor(document, ['CLD.8.1.5']);
    if (sections.length === 0) return;
    const timed = prose.some((f) => f.topic === 'deletion' && f.kind !== 'vague') || pinned.some((f) => f.key === 'deletion.after_termination');
    if (!timed) report({ ...sections[0].head, messageId: 'noTiming', fixes: [statementFix('addTiming', document, sections[0], TIMING)] });
    const returned = prose.some((f) => f.topic === 'data-return') || pinned.some((f) => f.key === 'data.return') || RETURN_WORDS.test(body);
    if (!returned) report({ ...sections[0].head, messageId: 'noReturn', fixes: [statementFix('addReturn', document, sections[0], RETURN)] });
  },
});
