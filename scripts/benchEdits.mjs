// Where the benches type: the same keystrokes for `bench.mjs` (timed) and `benchInstructions.mjs` (counted).

/** Lines inside `body: |` blocks that hold text: where a user types. */
export function bodyLines(lines) {
  const found = [];
  let keyIndent = -1;
  lines.forEach((line, index) => {
    const indent = line.length - line.trimStart().length;
    if (keyIndent >= 0 && line.trim() !== '' && indent <= keyIndent) keyIndent = -1;
    if (keyIndent >= 0) {
      if (line.trim() !== '') found.push(index);
      return;
    }
    const key = /^(\s*)body: [|>]/.exec(line);
    if (key) keyIndent = key[1].length;
  });
  return found;
}

/**
 * Where each edit lands: spread over the whole document and jumping around
 * (golden-ratio steps), in the middle of a line of prose, never inside a
 * surrogate pair.
 */
export function planEdit(lines, candidates, index, lang) {
  const line = candidates[Math.floor(((0.5 + index * 0.6180339887) % 1) * candidates.length)];
  const text = lines[line];
  const indent = text.length - text.trimStart().length;
  let character = indent + Math.max(1, Math.floor((text.length - indent) / 2));
  if (/[\uDC00-\uDFFF]/.test(text[character] ?? '')) character++;
  // Two letters spelling the edit's number: new text every time, and never a digit the prose reader would take for a period.
  const letters = lang === 'ja' ? 'あいうえおかきくけこ' : 'abcdefghij';
  const insert = (lang === 'ja' ? ['改訂', '(注)', '追記', '再確認'] : [' new', ' also', ' rev', ' now'])[index % 4] + letters[Math.floor(index / 10) % 10] + letters[index % 10];
  lines[line] = text.slice(0, character) + insert + text.slice(character);
  return { line, character, insert };
}
