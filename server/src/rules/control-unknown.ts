// An id that names no control in the document's numbering: a typo, an id of
// the other edition, or a 2022 control new since 2013. Suggests real ids.
import { counterparts, editionsOf, nearestControlIds } from '../catalog';
import { memoised, normalizedId } from '../model/controlIds';
import { numberingOf, type Numbering } from '../model/documentFacts';
import type { SectionModel } from '../model/whitepaper';
import type { Span } from '../core/finding';
import { controlIdAsYaml } from '../model/insertions';
import { defineRule } from './rule';

type Verdict = { readonly messageId: 'unknown' | 'unknownSuggest' | 'otherEdition' | 'newIn2022'; readonly data: Record<string, string>; readonly ids: readonly string[] } | null;

/** What is wrong with an id in one numbering (null: nothing), with the ids to offer instead. */
function verdict(raw: string, numbering: Numbering): Verdict {
  const editions = editionsOf(normalizedId(raw));
  if (editions.includes(numbering)) return null;
  const other = numbering === '2013' ? '2022' : '2013';
  if (editions.includes(other)) {
    const ids = counterparts(raw, other);
    return ids.length > 0
      ? { messageId: 'otherEdition', data: { id: raw, edition: other, numbering, counterparts: ids.join(', ') }, ids }
      : { messageId: 'newIn2022', data: { id: raw }, ids };
  }
  const suggestions = nearestControlIds(raw, numbering);
  return suggestions.length > 0
    ? { messageId: 'unknownSuggest', data: { id: raw, numbering, suggestions: suggestions.join(', ') }, ids: suggestions }
    : { messageId: 'unknown', data: { id: raw, numbering }, ids: suggestions };
}

// An imported whitepaper repeats a few wrong ids thousands of times; the suggestions (edit distances to every control) are worked out once per id.
const verdict2013 = memoised((raw) => verdict(raw, '2013'));
const verdict2022 = memoised((raw) => verdict(raw, '2022'));

export default defineRule({
  id: 'control-unknown',
  appliesTo: ['whitepaper'],
  severity: 'error',
  description: {
    en: 'A control id that does not exist in the numbering the whitepaper declares.',
    ja: '文書が宣言した版の番号体系に存在しない管理策番号です。',
  },
  messages: {
    unknown: {
      en: '"{id}" is not a control of ISO/IEC 27002:{numbering} or ISO/IEC 27017.',
      ja: '「{id}」は ISO/IEC 27002:{numbering} にも ISO/IEC 27017 にもない管理策番号です。',
    },
    unknownSuggest: {
      en: '"{id}" is not a control of ISO/IEC 27002:{numbering} or ISO/IEC 27017. Did you mean {suggestions}?',
      ja: '「{id}」は ISO/IEC 27002:{numbering} にも ISO/IEC 27017 にもない管理策番号です。{suggestions} の誤りではありませんか。',
    },
    otherEdition: {
      en: '"{id}" is an ISO/IEC 27002:{edition} id, but numbering is "{numbering}": write {counterparts}, or set numbering: "{edition}".',
      ja: '「{id}」は ISO/IEC 27002:{edition} の番号ですが、numbering は「{numbering}」です。{counterparts} と書くか、numbering: "{edition}" にしてください。',
    },
    replace: {
      en: 'Replace with {id}',
      ja: '{id} に置き換える',
    },
    newIn2022: {
      en: '"{id}" is new in ISO/IEC 27002:2022 and has no 2013 counterpart; set numbering: "2022" to use it.',
      ja: '「{id}」は ISO/IEC 27002:2022 で新設された管理策で、2013年版に対応する番号がありません。使うには numbering: "2022" にしてください。',
    },
  },
  // Malformed ids ("12-3-1") are reported here, with catalog suggestions, not as a bare pattern error.
  fromSchemaError: (error) => (error.schemaPath.endsWith('/$defs/controlId/pattern') ? null : undefined),
  // Each claim's verdict depends on the document only through its numbering: claims are checked with their segment.
  checkParts(document) {
    const numbering = numberingOf(document);
    const verdictOf = numbering === '2013' ? verdict2013 : verdict2022;
    const inputs = [numbering];
    return {
      inputs: () => inputs,
      check(part, report, text) {
        // A 2022 id written bare ("8.13") is a number to YAML: it goes in quotes, the author's quotes if there were any.
        const asWritten = (span: Span, id: string) => controlIdAsYaml(id, /^["']/.exec(text.charAt(span.start))?.[0]);
        const replaceWith = (span: Span, ids: readonly string[]) =>
          ids.map((id) => ({ messageId: 'replace' as const, data: { id }, edits: [{ ...span, text: asWritten(span, id) }], preferred: ids.length === 1 }));
        const claim = (raw: string, span: Span) => {
          const verdict = verdictOf(raw);
          if (!verdict) return;
          const { messageId, data, ids } = verdict;
          report(ids.length > 0 ? { ...span, messageId, data, fixes: replaceWith(span, ids) } : { ...span, messageId, data });
        };
        const visit = (sections: readonly SectionModel[]) => {
          for (const section of sections) {
            for (const control of section.controls) claim(control.id, control.span);
            visit(section.sections);
          }
        };
        visit(part.sections);
        for (const entry of part.notApplicable) claim(entry.id, entry.keySpan);
      },
    };
  },
});
