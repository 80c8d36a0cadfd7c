import { splitCredit } from '../credits.ts';
import { type DomElement, textOf } from './dom.ts';
import { inRunningText } from './html-clean.ts';

// Pictures in an article come in a box with their caption and credit, marked up in as many ways
// as there are sites (`<figure>`, `<div class="imgbox">` with an `<h1>` for the caption, a
// `<span class="legend">` beside the image). What every such box shares is its shape: an image
// and a line or two of text, alone in their block. The gold of every news page leaves captions
// out; a credit in one (`Foto: …`, `REUTERS/Name`) is kept as a credit.

const MEDIA = 'img, picture, video';
/** Most text of a picture's box: a caption and its credit, never a run of paragraphs. */
const MAX_CAPTION_TEXT = 300;
/** Most blocks of text in a picture's box (a caption and a credit line). */
const MAX_CAPTION_BLOCKS = 2;
const TEXT_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote';

/**
 * The smallest block around a picture that holds text, when that text is a caption: short, in
 * at most two blocks, not inside a link (a teaser card is a picture and a headline), and not
 * words of a sentence. Null otherwise.
 */
function captionBox(media: DomElement, root: DomElement): DomElement | null {
  let box = media.parentElement;
  while (box && box !== root && textOf(box) === null) {
    // A `<figure>` without a caption is the picture's whole box: text beyond it is not its own.
    if (box.localName === 'figure') return null;
    box = box.parentElement;
  }
  if (!box || box === root || box.closest('a') !== null || inRunningText(box)) return null;
  if ((textOf(box)?.length ?? 0) > MAX_CAPTION_TEXT) return null;
  if (box.querySelectorAll(TEXT_BLOCKS).length > MAX_CAPTION_BLOCKS) return null;
  return box;
}

/** Removes the captions of the article's pictures, and returns the credits they held. */
export function removeCaptions(root: DomElement): string[] {
  const boxes = new Set<DomElement>();
  for (const media of Array.from(root.querySelectorAll(MEDIA))) {
    const box = captionBox(media, root);
    if (box) boxes.add(box);
  }
  const credits: string[] = [];
  for (const box of boxes) {
    const credit = splitCredit(textOf(box) ?? '').credit;
    if (credit) credits.push(credit);
    box.remove();
  }
  return credits;
}
