// Hover on a control id: title, counterpart, what to disclose, other places.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { provideControlHover } from '../../../server/src/features/controlHover';
import { yaml } from '../../helpers/annotations';

const DOC = yaml`
  whitepaper: 1
  lang: ja
  title: T
  service: {name: S, provider: P, model: SaaS}
  sections:
    - title: バックアップ
      controls: [12.3.1]
    - title: 復旧
      controls: [12.3.1, CLD.9.5.2]
  not_applicable:
    CLD.9.5.2: 仮想マシンを提供しないため
`;

function hoverAt(text: string, needle: string, occurrence: number, locale: 'en' | 'ja') {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  return provideControlHover(createAnalyzer(WHITEPAPER).analyze(text).model, at + 1, locale);
}

test('a 2013 id shows its title, the 2022 counterpart, what to disclose and the other section', () => {
  const hover = hoverAt(DOC, '12.3.1', 0, 'en')!;
  assert.equal(DOC.slice(hover.start, hover.end), '12.3.1');
  assert.match(hover.markdown, /^\*\*12\.3\.1 Information backup\*\*\n\n2022: 8\.13 Information backup\n\nWhat to disclose:\n- /);
  assert.match(hover.markdown, /Also answered in: "復旧"$/);
});

test('in Japanese, and a control both answered and declared not applicable says so', () => {
  const hover = hoverAt(DOC, 'CLD.9.5.2', 0, 'ja')!;
  assert.match(hover.markdown, /^\*\*CLD\.9\.5\.2 仮想マシンの要塞化\*\*/);
  assert.match(hover.markdown, /記載すべき事項:/);
  assert.match(hover.markdown, /not_applicable にも書かれています/);
});

test('a not_applicable key hovers too; an unknown id does not', () => {
  assert.match(hoverAt(DOC, 'CLD.9.5.2', 1, 'en')!.markdown, /Also answered in: "復旧"/);
  assert.equal(hoverAt(DOC.replace('[12.3.1]', '[12.3.9]'), '12.3.9', 0, 'en'), undefined);
});
