// An expected control that no section answers and that is not declared not
// applicable. Its weight comes from the service model's profile; it is
// reported where a reader would look for it (CoverageRow.gapAt).
import { computeCoverage, type CoverageRow } from '../coverage/coverage';
import type { Localized } from '../core/locale';
import type { Numbering } from '../model/documentFacts';
import { defineRule } from './rule';

function idLabel(row: CoverageRow, numbering: Numbering): string {
  if (row.id.startsWith('CLD.') || row.ids2022.length === 0) return row.id;
  return numbering === '2022' ? `${row.ids2022.join(', ')} (2013: ${row.id})` : `${row.id} (2022: ${row.ids2022.join(', ')})`;
}

function disclose(row: CoverageRow): Localized {
  return { en: row.points?.en.join('; ') ?? '', ja: row.points?.ja.join('、') ?? '' };
}

export default defineRule({
  id: 'control-missing',
  appliesTo: ['whitepaper'],
  severity: 'warning',
  description: {
    en: 'An expected control is neither answered by a section nor declared not applicable.',
    ja: '記載が期待される管理策に、対応するセクションも適用除外の宣言もありません。',
  },
  messages: {
    missing: {
      en: '{id} {title} is not answered: no section lists it and it is not in not_applicable. Disclose: {disclose}.',
      ja: '{id} {title} への記載がありません(該当するセクションも not_applicable の宣言もありません)。記載すべき事項: {disclose}。',
    },
    missingAdded: {
      en: '{id} {title} is expected by .wp27017.yaml but no section lists it and it is not in not_applicable.',
      ja: '{id} {title} は .wp27017.yaml で記載が求められていますが、該当するセクションも not_applicable の宣言もありません。',
    },
  },
  checkDocument(document, report, { config }) {
    // Without a list of sections this is not yet a whitepaper to weigh; missing-key says so once.
    if (!Array.isArray(document.data.sections)) return;
    const coverage = computeCoverage(document, config);
    for (const row of coverage.rows) {
      if (row.status !== 'missing') continue;
      const data = { id: idLabel(row, coverage.numbering), title: row.title, disclose: disclose(row) };
      report({ ...row.gapAt!, messageId: row.added ? 'missingAdded' : 'missing', data, severity: row.severity });
    }
  },
});
