// The external texts are not in the repository, so a machine that lost them
// must fetch them again, and a page fetched again may not be the text that was
// annotated (another stored version, a line joined or split): every line number
// of its annotation would then point elsewhere. eval/texts.json keeps, per
// external document, the SHA-256 and the line count of the text that was
// annotated: a rebuilt folder can be checked against them, and the scorer warns
// when it scores a text that differs.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const fingerprint = (text) => ({
  sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
  lines: text.split(/\r?\n/).length,
});

export function loadFingerprints(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
}

/** Writes the fingerprints of the given texts ({ id: text }), keeping the recorded ones of texts not given. */
export function recordFingerprints(path, texts) {
  const all = { ...loadFingerprints(path) };
  for (const [id, text] of Object.entries(texts)) all[id] = fingerprint(text);
  const sorted = Object.fromEntries(Object.keys(all).sort().map((id) => [id, all[id]]));
  writeFileSync(path, `${JSON.stringify(sorted, null, 1)}\n`);
  return Object.keys(texts).length;
}

/**
 * How each external text on this machine compares with its recorded
 * fingerprint: `differs` (line count found and recorded), `unrecorded`, `absent`.
 */
export function checkTexts(ids, readText, fingerprints) {
  const result = { same: [], differs: [], unrecorded: [], absent: [] };
  for (const id of ids) {
    const text = readText(id);
    if (text === null) result.absent.push(id);
    else if (!fingerprints[id]) result.unrecorded.push(id);
    else {
      const found = fingerprint(text);
      if (found.sha256 === fingerprints[id].sha256) result.same.push(id);
      else result.differs.push({ id, lines: found.lines, recorded: fingerprints[id].lines });
    }
  }
  return result;
}
