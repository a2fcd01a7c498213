// What a document rule reads from one section or fact, kept with that object.
// A segment an edit did not touch keeps its model objects from one analysis to
// the next (moved in place, same content: analyze/moveResult.ts), so what was
// read from them still holds; an edited segment gets new objects, read afresh.
// What is kept must hold no positions of its own (a copied span would not
// move): the model's own objects, whose spans are moved, and values without a place.
export function keptWith<K extends object, A extends unknown[], T>(read: (object: K, ...rest: A) => T): (object: K, ...rest: A) => T {
  const kept = new WeakMap<K, T>();
  return (object, ...rest) => {
    if (kept.has(object)) return kept.get(object) as T;
    const value = read(object, ...rest);
    kept.set(object, value);
    return value;
  };
}
