// A Word file as blocks: mammoth turns the document's own structure (heading
// styles, numbered and bulleted lists, tables) into HTML, which the HTML
// reader takes from there. Places are paragraphs, counted as Word shows them,
// with the headings above. Tracked changes read as accepted: insertions kept,
// deletions gone. mammoth loads on first use.
import type { ReadDocument } from './block';
import { ReadError } from './readError';
import { readHtml } from './readHtml';

const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh", "p[style-name='タイトル'] => h1:fresh", "p[style-name='表題'] => h1:fresh"];

export async function readDocx(bytes: Uint8Array): Promise<ReadDocument> {
  let html: string;
  const { default: mammoth } = await import('mammoth');
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) });
    html = result.value;
  } catch (error) {
    throw new ReadError('corrupt', { format: 'Word (.docx)', detail: (error as Error).message.split('\n')[0].slice(0, 160) });
  }
  return await readHtml(html, 'docx');
}
