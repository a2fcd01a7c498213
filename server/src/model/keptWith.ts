// What a document rule reads from one section or fact, kept with that object.
// A segment an edit did not touch keeps its model objects from one analysis to
// the next (moved in place, same content: analyze/moveResult.ts), so what was
// read from them still holds; an edited segment gets new objects, read afresh.
// What is kept must hold no positions of its own (a copied span would not
// move): the model's own objects, whose spans are moved, and values without a place.
export function keptWith<K extends object, T, A = void>(read: (object: K, arg: A, index?: number) => T): (object: K, arg: A, index?: number) => T {
  // Boxed, so that a kept answer is one lookup whatever it is (undefined included).
  const kept = new WeakMap<K, { readonly value: T }>();
  return (object, arg, index) => {
    const box = kept.get(object);
    if (box) return box.value;
    const value = read(object, arg, index);
    kept.set(object, { value });
    return value;
  };
}
