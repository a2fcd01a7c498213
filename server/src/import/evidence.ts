// How a section's control was read, shared by recognition and by what weighs its readings afterwards (the page's kind,
// a heading's role, which controls the content rules may ask of), so the kinds of evidence are told apart in one place.

/**
 * Strongest first: an id written in the text; the heading's topics; a paragraph's or item's label; the document's title, given to the
 * text before the first heading; the body's words alone, from the hand-written vocabulary or, last, from the weights
 * learnt over the annotated corpus (`learntControls.ts`).
 */
export type Evidence = 'reference' | 'heading' | 'label' | 'title' | 'body' | 'learned';

/** Read from the body's words alone, by the vocabulary or the learnt weights: no id, heading, label or title names it. */
export const fromWordsAlone = (via: string) => via === 'body' || via === 'learned';
