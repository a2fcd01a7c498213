// A Markdown page's front matter ("---" / "title: Terms of Use" / "---") names the page as its site generator shows it.
// The importer sets the front matter aside, so the first line left ("*Last updated: …*") would stand for the title.

/** The `title:` of the front matter a text opens with, or undefined. */
export function frontMatterTitle(text: string): string | undefined {
  return /^---\r?\n(?:[^\n]{0,200}\n){0,20}?title:\s*["']?([^\n"']{1,100})/.exec(text)?.[1].trim() || undefined;
}
