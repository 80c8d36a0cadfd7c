import { splitCredit } from '../credits.ts';
import { type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from './dom.ts';

/** The text of an HTML fragment, laid out as paragraphs, and the photo credits it held. */
export interface HtmlText {
  /** Paragraphs separated by blank lines; `<br>` becomes a line break inside a paragraph. */
  text: string;
  credits: string[];
}

// Elements that end one paragraph and start the next.
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tr',
  'caption',
  'ul',
  'body',
  'html',
]);
// Elements whose content is never article text.
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'button',
  'select',
  'input',
  'textarea',
  'audio',
  'video',
  'picture',
  'img',
  'head',
  'title',
]);
// Table cells are read across, one row a line.
const CELLS = new Set(['td', 'th']);

/**
 * Lays out the text of an element as paragraphs, the way a reader sees it: blocks become
 * paragraphs, `<br>` a line break, table rows lines. Figure captions are not article text; a
 * credit inside one (`Фото: …`) is kept as a credit. The walk uses its own stack, so no page is
 * deep enough to overflow the call stack.
 */
export function htmlText(root: DomElement): HtmlText {
  const paragraphs: string[] = [];
  const credits: string[] = [];
  let line = '';
  let lines: string[] = [];
  const endLine = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };
  const endParagraph = () => {
    endLine();
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    lines = [];
  };
  const stack: Array<DomNode | 'end-block'> = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === 'end-block') {
      endParagraph();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      line += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as DomElement;
    const name = element.localName;
    if (SKIPPED.has(name)) continue;
    if (name === 'figcaption') {
      const credit = splitCredit((element.textContent ?? '').replace(/\s+/g, ' ').trim()).credit;
      if (credit) credits.push(credit);
      continue;
    }
    if (name === 'br') {
      endLine();
      continue;
    }
    if (CELLS.has(name)) line += ' ';
    const block = BLOCKS.has(name);
    if (block) {
      endParagraph();
      stack.push('end-block');
    }
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  endParagraph();
  return { text: paragraphs.join('\n\n'), credits };
}
