// Sentence boundaries: Japanese and English full stops, and line breaks that
// end list items. Facts take their topic from their own sentence.
export interface Range {
  readonly start: number;
  readonly end: number;
}

export function splitSentences(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  const boundary = /[。！？!?]|\.(?=\s|$)|\n/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (text.slice(start, end).trim()) ranges.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) ranges.push({ start, end: text.length });
  return ranges;
}
