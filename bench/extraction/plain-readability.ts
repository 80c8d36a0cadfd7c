// The baseline: Mozilla's Readability as most projects run it, on the same DOM library (linkedom)
// and with nothing around it: parse the page, run Readability, read its content's text.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

interface PlainNode {
  nodeType: number;
  localName?: string;
  textContent: string | null;
  childNodes: ArrayLike<PlainNode>;
}

// Block elements start a new paragraph, so that the text reads as Readability's HTML renders.
const BLOCK =
  /^(?:address|article|aside|blockquote|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tr|ul|body|html)$/;

function layout(root: PlainNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const stack: Array<PlainNode | 'end'> = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === 'end') {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = node.localName ?? '';
    if (name === 'br') current += ' ';
    if (name === 'td' || name === 'th') current += ' ';
    if (BLOCK.test(name)) {
      flush();
      stack.push('end');
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      const child = node.childNodes[i];
      if (child) stack.push(child);
    }
  }
  flush();
  return paragraphs.join('\n\n');
}

/** The article text plain Readability finds in a page, one paragraph per block; '' if none. */
export function plainReadability(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability(document as never, {
    serializer: (node) => node as unknown as PlainNode,
  }).parse();
  const content = article?.content as PlainNode | null | undefined;
  return content ? layout(content) : '';
}
