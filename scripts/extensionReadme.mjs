// Writes dist/README.md, the README the extension's page shows (`vsce package
// --readme-path`). That page resolves no relative link: images are inlined as
// data: URLs (it allows those), a rule's page becomes the command that opens
// it rendered, other repository links become plain text. The developer
// commands at the top of README.md move to its "Development" section.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const ROOT = new URL('../', import.meta.url);
const readme = readFileSync(new URL('README.md', ROOT), 'utf8');

const top = /^(# .*\n\n.*\n\n)(```sh\n[\s\S]*?\n```\n\n)/.exec(readme);
if (!top) throw new Error('README.md must start with its title, one line, and the two commands');
let text = top[1] + readme.slice(top[0].length);
text = text.replace(/^## Development\n\n/m, `## Development\n\n${top[2]}`);

text = text.replace(/(!?)\[([^\]]*)\]\(([^)\s]+)\)/g, (all, image, label, target) => {
  if (/^(https?:|mailto:|#)/.test(target)) return all;
  if (image) {
    const png = readFileSync(new URL(target, ROOT));
    return `![${label}](data:image/png;base64,${png.toString('base64')})`;
  }
  const rule = /^docs\/rules\/([a-z-]+)\.md$/.exec(target);
  if (rule) return `[${label}](command:wp27017.openRuleDoc?${encodeURIComponent(JSON.stringify([rule[1]]))})`;
  return label;
});

mkdirSync(new URL('dist/', ROOT), { recursive: true });
writeFileSync(new URL('dist/README.md', ROOT), text);
