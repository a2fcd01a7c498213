// What a document rule reads from every section, nested ones included, as one index per document by the section's
// place in allSections (placeIndex.ts): after an edit, only the sections the edit touched are read again.
import { placeIndex, type KeptIndex } from './placeIndex';
import { allSections } from './sectionsFor';
import type { SectionModel } from './whitepaper';

export type { KeptIndex };

export function keptIndex<T, A = void>(read: (section: SectionModel, arg: A) => T): KeptIndex<SectionModel, T, A> {
  return placeIndex(allSections, read);
}
