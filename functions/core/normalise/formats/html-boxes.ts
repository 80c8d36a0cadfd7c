import { type DomDocument, type DomElement, textOf } from './dom.ts';
import { inRunningText } from './html-clean.ts';

// Boxes that ask the reader to do something: sign up for a newsletter (an e-mail field), allow
// an embedded video (a toggle), subscribe or log in (a link drawn as a button), pick an edition
// (a menu). An article asks nothing of its reader, so the short box around such a control is
// page furniture, in any language and whatever the box is called.

/**
 * The controls that make a box a prompt. Radio buttons and checkboxes that share a name are a
 * poll, set aside with its question elsewhere; `<button>` alone is not enough, because articles
 * carry buttons of their own (enlarge a photo, open a fact box, play a video).
 */
const CONTROLS = 'input:not([type=radio]):not([type=hidden]), select, a.btn, a.button';
/** Most text of a prompt box, its control's labels included; a longer block is content. */
const MAX_PROMPT_TEXT = 800;
const NEVER_BOX = new Set(['body', 'html', 'article', 'main']);

/**
 * The prompt boxes of a page: for each control, the largest block around it with at most
 * `MAX_PROMPT_TEXT` characters (`paragraphChars`, the text of its paragraphs, bounds it from
 * below) that is not the article (`holdsArticle`). A paragraph holding a
 * control goes whole or not at all; a control among the words of other running text (a link
 * drawn as a button inside a list item) makes no box.
 */
export function promptBoxes(
  document: DomDocument,
  holdsArticle: (element: DomElement) => boolean,
  paragraphChars: (element: DomElement) => number,
): DomElement[] {
  const lengths = new Map<DomElement, number>();
  const length = (element: DomElement): number => {
    let known = lengths.get(element);
    if (known === undefined) {
      known = textOf(element)?.length ?? 0;
      lengths.set(element, known);
    }
    return known;
  };
  const boxes = new Set<DomElement>();
  for (const control of Array.from(document.querySelectorAll(CONTROLS))) {
    // A paragraph that holds a control is the prompt's text ("Support us… [Join now]"), whole.
    const paragraph = control.closest('p');
    if (paragraph === null && inRunningText(control)) continue;
    let box: DomElement | null = paragraph;
    const from = paragraph ?? control;
    for (let e = from.parentElement; e && !NEVER_BOX.has(e.localName); e = e.parentElement) {
      // The paragraphs' share is known: no need to read a large block's text to see it is large.
      if (paragraphChars(e) > MAX_PROMPT_TEXT || length(e) > MAX_PROMPT_TEXT || holdsArticle(e)) {
        break;
      }
      box = e;
    }
    if (box) boxes.add(box);
  }
  return [...boxes].filter(
    (box) => ![...boxes].some((other) => other !== box && other.contains(box)),
  );
}
