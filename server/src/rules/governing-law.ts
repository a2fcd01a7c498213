// 18.1.1: which country's law governs the contract, and which court hears disputes.
import { aboutLawOfContract } from './jurisdiction';
import { statedFactRule, statesWords } from './statedFact';
import { wordGaps } from '../core/wordGaps';

// A country's law with emphasis or a space before its verb (「**大韓民国の法律** に準拠」) names it as plainly.
const LAW = /準拠法|日本法|日本国の法|日本の法|(?:法令|法律)[*_\s]{0,4}に準拠|管轄裁判所|合意管轄|governing law|governed by|laws of|jurisdiction/i;

export default statedFactRule({
  id: 'governing-law',
  controls: ['18.1.1'],
  headings: [{ title: wordGaps(/準拠法|管轄|\bgoverning\s{1,3}law|\bjurisdiction/i) }],
  description: {
    en: 'Applicable law (18.1.1) is covered but the governing law of the contract is not stated.',
    ja: '適用法令(18.1.1)の記載に、契約の準拠法がありません。',
  },
  missing: {
    en: '{id}: state which law governs the contract and which court has jurisdiction (e.g. "the laws of Japan; Tokyo District Court").',
    ja: '{id}: 契約の準拠法と管轄裁判所(例:「日本法、東京地方裁判所」)を書いてください。',
  },
  statement: { sentence: { en: 'The contract is governed by the laws of {todo}.', ja: 'ご契約の準拠法は{todo}とします。' }, key: 'governing_law' },
  owedWhere: (text, pinned) => aboutLawOfContract(text) || LAW.test(text) || pinned.some((f) => f.key === 'governing_law'),
  states: statesWords(LAW, 'governing_law'),
});
