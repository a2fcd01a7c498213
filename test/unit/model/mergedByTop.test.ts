// After an edit, the index of the sections answering each control and coverage's places are made from the last
// analysis's (only the top-level sections the edit changed are read again): they must list what ones built from the
// whole text list.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { DEFAULT_CONFIG } from '../../../server/src/config/config';
import { computeCoverage } from '../../../server/src/coverage/coverage';
import { allSections, factsFor, sectionsFor } from '../../../server/src/model/sectionsFor';
import type { WhitepaperModel } from '../../../server/src/model/whitepaper';
import { HEADER_EN } from '../../fixtures/minimal';

const IDS = ['12.3.1', '12.4.1', '12.4.3', '9.4.1', '10.1.2', '18.1.3', 'CLD.6.3.1', '99.9'];
// factsFor keeps its last answer while each id's list is the same array: asked as the rules ask it, one id or several.
const ID_LISTS = [['12.4.1', '12.4.3', '18.1.3'], ['12.3.1'], ['18.1.3', '99.9'], ['CLD.6.3.1', '9.4.1']];

const section = (title: string, controls: string, body: string, nested = '') =>
  `  - title: ${title}\n    controls: [${controls}]\n    body: |\n      ${body}\n${nested}`;
const nested = (title: string, controls: string) => `    sections:\n      - title: ${title}\n        controls: [${controls}]\n        body: Nested text.\n`;

const START =
  HEADER_EN +
  'sections:\n' +
  section('Backup', '12.3.1', 'Backups run daily.') +
  section('Logging', '12.4.1, 12.4.3', 'Logs are kept for a year.', nested('Admin logs', '12.4.3')) +
  section('Access', '9.4.1', 'Access is reviewed.') +
  section('Backup again', '12.3.1', 'A second claim.') +
  section('Keys', '10.1.2', 'Keys are rotated.', nested('Key logs', '12.4.1, 99.9'));

/** What the index lists, by each section's place and title (a fresh analysis has other objects). */
function listed(model: WhitepaperModel) {
  const name = (s: WhitepaperModel['sections'][number]) => `${s.span.start} ${s.title}`;
  const rows = computeCoverage(model, DEFAULT_CONFIG, { gaps: false }).rows.map((r) => `${r.id} ${r.status} ${r.places.map((p) => `${p.span.start} ${p.label}`).join(', ')}`);
  const facts = ID_LISTS.map((ids) => {
    const { sections, prose, pinned, body } = factsFor(model, ids);
    return { sections: sections.map(name), prose: prose.map((f) => `${f.span.start} ${f.topic}`), pinned: pinned.length, body };
  });
  return { all: allSections(model).map(name), ...Object.fromEntries(IDS.map((id) => [id, sectionsFor(model, id).map(name)])), rows, facts };
}

test('the index and the coverage after each edit list what ones built from the whole text do', () => {
  const edits: [string, (text: string) => string][] = [
    ['typing in a body', (t) => t.replace('Access is reviewed.', 'Access is reviewed often.')],
    ["a section's text made a draft prompt", (t) => t.replace('Access is reviewed often.', '[TODO: who may access what]')],
    ['the draft written', (t) => t.replace('[TODO: who may access what]', 'Access is reviewed yearly.')],
    ['a header edited', (t) => t.replace('Example Cloud Security Whitepaper', 'Example Cloud Whitepaper')],
    ['a control added that others answer', (t) => t.replace('controls: [9.4.1]', 'controls: [9.4.1, 12.3.1]')],
    ['a control added that none answers', (t) => t.replace('controls: [9.4.1, 12.3.1]', 'controls: [9.4.1, 12.3.1, 18.1.3]')],
    ['a control removed', (t) => t.replace('controls: [12.4.1, 12.4.3]', 'controls: [12.4.3]')],
    ['a nested section edited', (t) => t.replace('controls: [12.4.1, 99.9]', 'controls: [12.4.1]')],
    ['a section inserted', (t) => t.replace('  - title: Access', `${section('Inserted', '12.4.1', 'New text.')}  - title: Access`)],
    ['a section with a new control inserted', (t) => t.replace('  - title: Keys', `${section('Cloud', 'CLD.6.3.1', 'Roles.')}  - title: Keys`)],
    ['a section removed', (t) => t.replace(section('Backup again', '12.3.1', 'A second claim.'), '')],
    ['the first section removed', (t) => t.replace(section('Backup', '12.3.1', 'Backups run daily.'), '')],
    ['a section appended', (t) => `${t}${section('Last', '12.3.1, 12.4.1', 'At the end.')}`],
  ];
  const warm = createAnalyzer(WHITEPAPER);
  let text = START;
  warm.analyze(text);
  for (const [what, edit] of edits) {
    const next = edit(text);
    assert.notEqual(next, text, what);
    text = next;
    assert.deepEqual(listed(warm.analyze(text).model), listed(createAnalyzer(WHITEPAPER).analyze(text).model), what);
  }
});
