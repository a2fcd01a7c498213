// The preview's script, run in the webview. It shows the HTML the server
// rendered (escaped and script-free; the page's CSP forbids inline code as a
// second line of defence), keeps the scroll position across updates, and
// reports scrolling, double-clicks and clicks on findings to the extension.
// It never evaluates anything it receives.
import type { FromWebview, PreviewState, ToWebview } from '../src/preview/messages';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('wp-preview-root') as HTMLElement;
let state: PreviewState | undefined = vscode.getState();
let rendered = false;
/** Set before a scroll we make ourselves, so that it is not reported back as the user's. */
let ownScroll = false;
let scrollReport = 0;
/** The HTML shown now: a render of the same HTML leaves the page alone, so a click or a selection in it is not lost. */
let shownHtml: string | undefined;

/** Block elements with a source line, in document order; findings are inline and the summary's links point elsewhere. */
function blocks(): { readonly line: number; readonly top: number }[] {
  const found: { line: number; top: number }[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('[data-line]:not(.wp-finding):not(.wp-finding-link)')) {
    const line = Number(element.dataset.line);
    if (Number.isFinite(line)) found.push({ line, top: element.getBoundingClientRect().top + window.scrollY });
  }
  return found;
}

/** The source line at the top of the view, between the two blocks around it. */
function lineAtTop(): number | undefined {
  const all = blocks();
  const y = window.scrollY;
  let before = -1;
  while (before + 1 < all.length && all[before + 1].top <= y) before++;
  if (before < 0) return all.length > 0 ? 0 : undefined;
  const a = all[before];
  const b = all[before + 1];
  if (!b || b.top <= a.top || b.line <= a.line) return a.line;
  return a.line + ((b.line - a.line) * (y - a.top)) / (b.top - a.top);
}

function scrollToLine(line: number): void {
  const all = blocks();
  if (all.length === 0) return;
  let before = -1;
  while (before + 1 < all.length && all[before + 1].line <= line) before++;
  let y: number;
  // At the first block or above it the reader wants the top of the page, margins included.
  if (before <= 0 && line <= all[0].line) y = 0;
  else {
    const a = all[before];
    const b = all[before + 1];
    y = b && b.line > a.line && b.top > a.top ? a.top + ((b.top - a.top) * (line - a.line)) / (b.line - a.line) : a.top;
  }
  y = Math.max(0, Math.min(Math.round(y), document.documentElement.scrollHeight - window.innerHeight));
  if (Math.abs(window.scrollY - y) < 1) return;
  ownScroll = true;
  window.scrollTo(0, y);
}

function remember(next: Partial<PreviewState>): void {
  if (!state && !next.uri) return;
  state = { ...state, ...next } as PreviewState;
  vscode.setState(state);
}

function show(message: Extract<ToWebview, { type: 'render' | 'message' }>): void {
  const y = window.scrollY;
  if (message.type === 'render') {
    if (message.html !== shownHtml) root.innerHTML = message.html;
    shownHtml = message.html;
  } else {
    const paragraph = document.createElement('p');
    paragraph.className = 'wp-preview-message';
    paragraph.textContent = message.text;
    root.replaceChildren(paragraph);
    shownHtml = undefined;
  }
  remember({ uri: message.uri, review: message.review, follow: message.follow });
  // The first render of a restored page goes back to where the reader was; later ones stay where they are.
  const line = message.type === 'render' ? (message.line ?? (rendered ? undefined : state?.line)) : undefined;
  if (message.type === 'render') rendered = true;
  if (line !== undefined) scrollToLine(line);
  // Shorter content made the browser move the view; that is not the reader scrolling.
  else if (window.scrollY !== y) ownScroll = true;
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  switch (message.type) {
    case 'render':
    case 'message':
      show(message);
      return;
    case 'scrollToLine':
      scrollToLine(message.line);
      remember({ line: message.line });
      return;
  }
});

window.addEventListener(
  'scroll',
  () => {
    if (ownScroll) {
      ownScroll = false;
      return;
    }
    // One report per frame is plenty for the editor to follow.
    cancelAnimationFrame(scrollReport);
    scrollReport = requestAnimationFrame(() => {
      const line = lineAtTop();
      if (line === undefined) return;
      remember({ line });
      vscode.postMessage({ type: 'scroll', line });
    });
  },
  { passive: true },
);

function positionOf(element: Element | null): { line: number; character: number } | undefined {
  if (!(element instanceof HTMLElement)) return undefined;
  const line = Number(element.dataset.line);
  const character = Number(element.dataset.character ?? 0);
  return Number.isInteger(line) && line >= 0 ? { line, character: Number.isInteger(character) && character >= 0 ? character : 0 } : undefined;
}

function findingAt(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest('.wp-finding, .wp-finding-link') : null;
}

function goToFinding(finding: Element | null): boolean {
  const at = positionOf(finding);
  if (at) vscode.postMessage({ type: 'gotoFinding', ...at });
  return at !== undefined;
}

document.addEventListener('click', (event) => {
  if (goToFinding(findingAt(event.target))) event.preventDefault();
});

/**
 * The finding the button went down on. When a render replaces it before the button comes up (findings
 * arrive while the reader clicks), the browser sends no click at all; the release on the same finding,
 * re-rendered, stands in for it.
 */
let pressed: Element | null = null;
document.addEventListener('mousedown', (event) => {
  pressed = findingAt(event.target);
});
document.addEventListener('mouseup', (event) => {
  const down = pressed;
  pressed = null;
  if (!down || down.isConnected) return;
  const up = findingAt(event.target);
  const [a, b] = [positionOf(down), positionOf(up)];
  if (a && b && a.line === b.line && a.character === b.character) goToFinding(up);
});

document.addEventListener('dblclick', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  // Each click of it already went to the finding's exact place.
  if (!target || findingAt(target)) return;
  const at = positionOf(target.closest('[data-line]'));
  if (at) vscode.postMessage({ type: 'doubleClick', line: at.line });
});

vscode.postMessage({ type: 'ready' });
