// An expected control that no section answers and that is not declared not
// applicable. Its weight comes from the service model's profile. It is
// reported on the `sections` key, the list its section belongs in: never on
// another section, which is not wrong for lacking it. "Add a section" writes
// the section where control order puts it (CoverageRow.gapAt), worked out when
// the fix is asked for: a large whitepaper misses dozens of controls, and
// placing each one's section on every keystroke was a tenth of the keystroke.
import { computeCoverage, type CoverageRow } from '../coverage/coverage';
import { langOf, type Numbering } from '../model/documentFacts';
import { controlIdAsYaml, notApplicableEdit, sectionEdit } from '../model/insertions';
import type { WhitepaperModel } from '../model/whitepaper';
import { DISCLOSE, REASON } from './markers';
import { defineRule } from './rule';

function idLabel(row: CoverageRow, numbering: Numbering): string {
  if (row.id.startsWith('CLD.') || row.ids2022.length === 0) return row.id;
  return numbering === '2022' ? `${row.ids2022.join(', ')} (2013: ${row.id})` : `${row.id} (2022: ${row.ids2022.join(', ')})`;
}

function fixesFor(document: WhitepaperModel, row: CoverageRow, numbering: Numbering) {
  const lang = langOf(document);
  const id = numbering === '2022' && row.ids2022[0] && !row.id.startsWith('CLD.') ? row.ids2022[0] : row.id;
  const fixes = [];
  const section = sectionEdit(document, id, [
    `title: ${JSON.stringify(`${id} ${row.title[lang]}`)}`,
    `controls: [${controlIdAsYaml(id)}]`,
    'body: |',
    `  ${DISCLOSE[lang]}${(row.points?.[lang] ?? []).join(lang === 'ja' ? '、' : '; ')}`,
  ]);
  if (section) fixes.push({ messageId: 'addSection' as const, data: { id }, edits: [section] });
  const notApplicable = notApplicableEdit(document, controlIdAsYaml(id), REASON[lang]);
  if (notApplicable) fixes.push({ messageId: 'declareNotApplicable' as const, data: { id }, edits: [notApplicable] });
  return fixes;
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
      en: '{id} {title} is not answered: no section lists it and it is not in not_applicable.',
      ja: '{id}「{title}」への記載がありません(該当するセクションも not_applicable の宣言もありません)。',
    },
    declareNotApplicable: {
      en: 'Declare {id} not applicable (then write why)',
      ja: '{id} を適用除外として宣言する(理由を記入)',
    },
    addSection: {
      en: 'Add a section for {id}',
      ja: '{id} のセクションを追加する',
    },
    missingAdded: {
      en: '{id} {title} is expected by .wp27017.yaml but no section lists it and it is not in not_applicable.',
      ja: '{id}「{title}」は .wp27017.yaml で記載が求められていますが、該当するセクションも not_applicable の宣言もありません。',
    },
  },
  checkDocument(document, report, { config }) {
    // Without a list of sections this is not yet a whitepaper to weigh; missing-key says so once.
    if (!Array.isArray(document.data.sections)) return;
    const coverage = computeCoverage(document, config, { gaps: false });
    const at = document.entries.find((e) => e.key === 'sections')?.keySpan ?? { start: 0, end: 0 };
    for (const row of coverage.rows) {
      if (row.status !== 'missing') continue;
      const data = { id: idLabel(row, coverage.numbering), title: row.title };
      report({ ...at, messageId: row.added ? 'missingAdded' : 'missing', data, severity: row.severity, fixes: () => fixesFor(document, row, coverage.numbering) });
    }
  },
});
