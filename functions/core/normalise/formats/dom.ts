// The few DOM members the readers use, typed here because the project compiles without the DOM
// library (the core runs in Node); linkedom implements them.

/** A DOM node. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentElement: DomElement | null;
  remove(): void;
}

/** A DOM element. */
export interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  closest(selectors: string): DomElement | null;
  cloneNode(deep: boolean): DomElement;
  appendChild(child: DomElement): DomElement;
  contains(other: DomNode | null): boolean;
  remove(): void;
}

/** A parsed HTML document. */
export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  createElement(name: string): DomElement;
}

/** Node type of an element. */
export const ELEMENT_NODE = 1;
/** Node type of text. */
export const TEXT_NODE = 3;

const HTML_TAG = /<html\b([^<>]*)>/i;
const BODY_TAG = /<body\b([^<>]*)>/i;
const HEAD_OPEN = /<head\b[^<>]*>/i;
const HEAD_CLOSE = /<\/head\s*>/gi;
const SHELL_TAGS = /<!doctype[^<>]*>|<\/?(?:html|body)\b[^<>]*>/gi;

// linkedom leaves `<body>` empty unless the markup spells out `<html>` and `<body>`, which HTML
// lets a page omit; such markup is rebuilt around its head and content first.
function wholeDocument(markup: string): string {
  if (HTML_TAG.test(markup) && BODY_TAG.test(markup)) return markup;
  const htmlAttributes = HTML_TAG.exec(markup)?.[1] ?? '';
  const bodyAttributes = BODY_TAG.exec(markup)?.[1] ?? '';
  // One search for the head's start and one for its end: no pattern rescans the page.
  const open = HEAD_OPEN.exec(markup);
  HEAD_CLOSE.lastIndex = open?.index ?? 0;
  const close = open ? HEAD_CLOSE.exec(markup) : null;
  const head = open && close ? markup.slice(open.index, HEAD_CLOSE.lastIndex) : '<head></head>';
  const rest =
    open && close ? markup.slice(0, open.index) + markup.slice(HEAD_CLOSE.lastIndex) : markup;
  const content = rest.replace(SHELL_TAGS, '');
  return `<!DOCTYPE html><html${htmlAttributes}>${head}<body${bodyAttributes}>${content}</body></html>`;
}

// linkedom is loaded on first use: plain-text articles, most of the traffic, never pay for it.
// A module of its own (html-chunk.mjs), which the function bundle loads on the first page.
let linkedom: Promise<typeof import('./html-chunk.mjs')> | undefined;

/** Parses markup into a document with linkedom (no scripts run, nothing is fetched). */
export async function parseHtmlDocument(markup: string): Promise<DomDocument> {
  linkedom ??= import('./html-chunk.mjs');
  const { parseHTML } = await linkedom;
  return (parseHTML(wholeDocument(markup)) as unknown as { document: DomDocument }).document;
}

/** Parses a fragment (a feed's HTML body, a converter's output) and returns its `<body>`. */
export async function parseHtmlFragment(markup: string): Promise<DomElement | null> {
  return (await parseHtmlDocument(`<html><head></head><body>${markup}</body></html>`)).body;
}

/** An element's attribute, trimmed, or null when absent or blank. */
export function attribute(element: DomElement | null, name: string): string | null {
  const value = element?.getAttribute(name)?.trim();
  return value ? value : null;
}

/** An element's text with runs of white space collapsed, or null when it has none. */
export function textOf(element: DomElement | null): string | null {
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/**
 * The elements named in `candidates` that hold no element named in `blocks`, in document
 * order: what a reader sees as single blocks of text. One walk of the tree, where asking each
 * element for a block inside it would walk its subtree once per element.
 */
export function leafElements(
  root: DomElement,
  candidates: ReadonlySet<string>,
  blocks: ReadonlySet<string>,
): DomElement[] {
  interface Frame {
    element: DomElement;
    order: number;
    children: ArrayLike<DomNode>;
    next: number;
    holdsBlock: boolean;
  }
  const leaves: Array<{ element: DomElement; order: number }> = [];
  let order = 0;
  const frame = (element: DomElement): Frame => ({
    element,
    order: order++,
    children: element.childNodes,
    next: 0,
    holdsBlock: false,
  });
  const stack: Frame[] = [frame(root)];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Frame;
    const child = top.children[top.next++];
    if (child !== undefined) {
      if (child.nodeType === ELEMENT_NODE) stack.push(frame(child as DomElement));
      continue;
    }
    stack.pop();
    const name = top.element.localName;
    if (top.element !== root && candidates.has(name) && !top.holdsBlock) {
      leaves.push({ element: top.element, order: top.order });
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.holdsBlock ||= top.holdsBlock || blocks.has(name);
  }
  // Found as each is left (a span before the line around it); a reader sees the line first.
  return leaves.sort((a, b) => a.order - b.order).map((leaf) => leaf.element);
}
