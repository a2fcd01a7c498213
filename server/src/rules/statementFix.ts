// The fix shared by the rules that find a fact missing: add a sentence that
// states it, in the document's language, and the matching `facts:` entry,
// each with a draft marker where the value goes. The placeholder rule keeps
// pointing at the marker until the author writes the value; editors that
// take snippets turn each marker into a tab stop.
import type { Fix } from '../core/finding';
import type { Localized } from '../core/locale';
import { langOf } from '../model/documentFacts';
import { statementEdits } from '../model/statementInsertion';
import type { SectionModel, WhitepaperModel } from '../model/whitepaper';
import { AS_VALUE, IN_TEXT } from './markers';


export interface StatementSpec {
  /** `{todo}` marks where the value goes. */
  readonly sentence: Localized;
  readonly key: string;
}

export function statementFix<M extends string>(messageId: M, document: WhitepaperModel, section: SectionModel, spec: StatementSpec, data?: Fix['data']): Fix & { messageId: M } {
  const lang = langOf(document);
  const sentence = spec.sentence[lang].replaceAll('{todo}', IN_TEXT[lang]);
  return { messageId, data, edits: statementEdits(document, section, { sentence, fact: { key: spec.key, value: AS_VALUE[lang] } }) };
}
