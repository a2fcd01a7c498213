// Completion of control ids where a whitepaper names controls: the items of a
// section's `controls:` (flow or block) and the keys of `not_applicable:`.
// Ids follow the document's numbering; each shows its title, its counterpart
// in the other numbering and whether the document already covers it, so the
// author picks a control without looking anything up.
import { allControls, counterparts, expectedControls, type Edition } from '../catalog';
import { answeredIds } from '../coverage/coverage';
import type { Locale } from '../core/locale';
import { numberingOf } from '../model/documentFacts';
import { controlIdAsYaml } from '../model/insertions';
import { sectionsFor } from '../model/sectionsFor';
import type { WhitepaperModel } from '../model/whitepaper';
import type { CompletionEntry } from './completion';
import { lineAt, mappingPath } from './indentPath';

const FLOW_CONTROLS = /^\s*(?:-\s+)?controls:\s*\[(?:[^\]]*,)?\s*(["']?)([\w.]*)$/;
const BLOCK_ITEM = /^\s*-\s*(["']?)([\w.]*)$/;
const MAP_KEY = /^\s+()([\w.]*)$/;

type Place = { readonly where: 'controls' | 'not_applicable'; readonly quote: string; readonly partial: string };

function placeAt(text: string, offset: number): Place | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const flow = FLOW_CONTROLS.exec(before);
  if (flow) return { where: 'controls', quote: flow[1], partial: flow[2] };
  const line = lineAt(text, lineStart);
  const path = mappingPath(text, line);
  const item = BLOCK_ITEM.exec(before);
  if (item && path && path.at(-2) === 'controls') return { where: 'controls', quote: item[1], partial: item[2] };
  const key = MAP_KEY.exec(before);
  if (key && !line.isItem && path?.length === 1 && path[0] === 'not_applicable') return { where: 'not_applicable', quote: '', partial: key[2] };
  return undefined;
}

const EXPECTED = new Map(expectedControls().map((c) => [c.id, c]));

function labels(locale: Locale) {
  return locale === 'ja'
    ? { covered: (where: string) => `記載済み: ${where}`, notApplicable: '適用除外として宣言済み', disclose: '記載すべき事項', reason: '適用除外の理由' }
    : { covered: (where: string) => `Covered in: ${where}`, notApplicable: 'Declared not applicable', disclose: 'What to disclose', reason: 'reason it does not apply' };
}

/**
 * Control ids for the cursor at `offset`, or undefined when the cursor is not
 * where a control id goes. `analysis` gives the document's model, for its
 * numbering and what is covered; it is only asked for once the cursor is in
 * such a place, since building it costs an analysis of the keystroke.
 */
export function provideControlCompletion(text: string, offset: number, analysis: () => WhitepaperModel | undefined, locale: Locale): CompletionEntry[] | undefined {
  const place = placeAt(text, offset);
  if (!place) return undefined;
  const model = analysis();
  const edition: Edition = model ? numberingOf(model) : /^numbering:\s*["']?2022/m.test(text) ? '2022' : '2013';
  const other: Edition = edition === '2013' ? '2022' : '2013';
  const notApplicable = new Set(model?.notApplicable.flatMap((entry) => answeredIds(entry.id)) ?? []);
  const words = labels(locale);
  const replace = { start: offset - place.partial.length - place.quote.length, end: offset };
  const entries = [...allControls(edition), ...allControls('cloud')].map((control) => {
    const canonical = answeredIds(control.id);
    const covering = model ? [...new Set(canonical.flatMap((id) => sectionsFor(model, id)))] : [];
    const expected = canonical.map((id) => EXPECTED.get(id)).find((e) => e !== undefined);
    const status = covering.length > 0 ? words.covered(covering.map((s) => s.title ?? '').join(', ')) : canonical.some((id) => notApplicable.has(id)) ? words.notApplicable : undefined;
    const twin = control.edition === 'cloud' ? [] : counterparts(control.id, edition);
    // A 2022 id such as 5.15 is a number to YAML unless quoted.
    const id = controlIdAsYaml(control.id);
    const insert = place.where === 'not_applicable' ? `${id}: \${1:${words.reason}}` : place.quote ? `${place.quote}${control.id}${place.quote}` : id;
    const documentation = [status, expected && `**${words.disclose}:** ${expected.points[locale].join(locale === 'ja' ? '、' : '; ')}`].filter(Boolean).join('\n\n');
    return {
      entry: {
        label: control.id,
        kind: 'value' as const,
        insert,
        replace,
        detail: `${control.title[locale]}${twin.length > 0 ? ` (${other}: ${twin.join(', ')})` : ''}${status ? ' ✓' : ''}`,
        documentation: documentation || undefined,
        filterText: `${place.quote}${control.id} ${control.title.en} ${control.title.ja}`,
      },
      // Expected controls not yet answered first: they are what the author most likely wants next.
      rank: (status ? 2 : 0) + (expected ? 0 : 1),
    };
  });
  return entries.sort((a, b) => a.rank - b.rank).map((e) => e.entry);
}
