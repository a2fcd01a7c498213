// What VS Code inserts for a snippet when the author accepts every default:
// tabstops become their placeholder text (a later bare `$1` mirrors it),
// choices their first item, variables the values given. Enough of the
// TextMate snippet grammar for the snippets this project ships.

/** The snippet with every placeholder at its default. Throws on syntax VS Code would not read as intended. */
export function expandSnippet(body: string, variables: Readonly<Record<string, string>> = {}): string {
  const defaults = new Map<string, string>();
  let at = 0;

  const fail = (why: string): never => {
    throw new Error(`${why} at ${at} in snippet:\n${body}`);
  };

  // Reads text up to one of `stops` (unescaped), resolving nested placeholders.
  function text(stops: string): string {
    let out = '';
    while (at < body.length && !stops.includes(body[at])) {
      const c = body[at];
      if (c === '\\' && at + 1 < body.length && '\\$}|,'.includes(body[at + 1])) {
        out += body[at + 1];
        at += 2;
      } else if (c === '$') {
        out += dollar();
      } else {
        out += c;
        at++;
      }
    }
    return out;
  }

  function dollar(): string {
    at++;
    const bare = /^(\d+|[A-Z_][A-Z_0-9]*)/.exec(body.slice(at));
    if (bare) {
      at += bare[0].length;
      return resolve(bare[0], undefined);
    }
    if (body[at] !== '{') return '$';
    at++;
    const name = /^(\d+|[A-Z_][A-Z_0-9]*)/.exec(body.slice(at))?.[0] ?? fail('a placeholder without a number or name');
    at += name.length;
    let value: string | undefined;
    if (body[at] === ':') {
      at++;
      value = text('}');
    } else if (body[at] === '|') {
      at++;
      const choices = [text(',|')];
      while (body[at] === ',') {
        at++;
        choices.push(text(',|'));
      }
      if (body[at] !== '|') fail('an unterminated choice');
      at++;
      value = choices[0];
    }
    if (body[at] !== '}') fail('an unterminated placeholder');
    at++;
    return resolve(name, value);
  }

  function resolve(name: string, value: string | undefined): string {
    if (/^\d/.test(name)) {
      if (value !== undefined) defaults.set(name, value);
      return value ?? defaults.get(name) ?? '';
    }
    return variables[name] ?? value ?? fail(`the unknown variable ${name}`);
  }

  return text('');
}

/** The text after inserting `expanded` at the end of `document`, on a line indented by `indent`, as VS Code indents snippet lines. */
export function insertAtEnd(document: string, indent: string, expanded: string): string {
  const lines = expanded.split('\n');
  return `${document}${indent}${lines.map((line, i) => (i === 0 ? line : `${indent}${line}`)).join('\n')}\n`;
}

/** A `.code-snippets` file: JSON with comment lines. */
export function parseSnippetFile(text: string): Record<string, { prefix: string | string[]; body: string | string[]; description?: string; scope?: string }> {
  return JSON.parse(text.replace(/^\s*\/\/.*$/gm, ''));
}
