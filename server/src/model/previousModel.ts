// Which model an analysis follows: the analyzer names the last model of the same document while the rules run, so
// an index of what was read from every section (keptIndex.ts) can take over what it read from the sections an
// edit did not touch. Named only while the rules run: a link kept longer would keep every earlier model alive.
import type { WhitepaperModel } from './whitepaper';

const previous = new WeakMap<WhitepaperModel, WhitepaperModel>();

export function previousModel(model: WhitepaperModel): WhitepaperModel | undefined {
  return previous.get(model);
}

/** Runs `check` with `before` named as the model `model` follows, then forgets it. */
export function following<T>(model: WhitepaperModel, before: WhitepaperModel | undefined, check: () => T): T {
  if (!before) return check();
  previous.set(model, before);
  try {
    return check();
  } finally {
    previous.delete(model);
  }
}
