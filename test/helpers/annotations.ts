// Expected findings written into the fixture itself, under the line they
// concern: `#   ^^^^ rule-id/messageId` (carets give the exact columns; a
// caret run that touches the `#` includes it, so column 0 can be marked: `#^^^`).
// Columns count UTF-16 code units, not display width: a Japanese character is one column here.
// Annotation lines are removed before analysis; never put one inside a block scalar.
export interface Expected {
  readonly ruleId: string;
  readonly messageId: string;
  readonly start: number;
  readonly end: number;
}

const ANNOTATION = /^(\s*)#(\s*)(\^+)\s+([a-z0-9-]+)\/([A-Za-z0-9]+)\s*$/;

export function parseAnnotated(source: string): { text: string; expected: Expected[] } {
  const lines = source.split('\n');
  const kept: string[] = [];
  const expected: Expected[] = [];
  let offset = 0;
  let previousStart = 0;
  for (const line of lines) {
    const match = ANNOTATION.exec(line);
    if (match) {
      const touches = match[2] === '';
      const column = touches ? match[1].length : line.indexOf('^');
      const length = match[3].length + (touches ? 1 : 0);
      expected.push({ ruleId: match[4], messageId: match[5], start: previousStart + column, end: previousStart + column + length });
      continue;
    }
    kept.push(line);
    previousStart = offset;
    offset += line.length + 1;
  }
  return { text: kept.join('\n'), expected };
}

/** Strips the common indentation of a template literal, so fixtures can sit indented in test code. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = String.raw({ raw: strings }, ...values).replace(/^\n/, '').replace(/\n[ \t]*$/, '\n');
  const indent = Math.min(...raw.split('\n').filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return raw
    .split('\n')
    .map((l) => l.slice(indent))
    .join('\n');
}
