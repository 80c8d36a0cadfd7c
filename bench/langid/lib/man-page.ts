/**
 * Turns groff man-page source into plain paragraphs: requests and comments go, font macros
 * keep their words, escapes become the characters they stand for. Good enough for prose;
 * tables and examples come out as noise, which the caller's filters drop.
 */
export function manPageParagraphs(source: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const text = current.join(' ').replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = [];
  };
  for (const rawLine of source.split('\n')) {
    const line = rawLine.trimEnd();
    if (/^['.]\s*\\"/.test(line) || line.startsWith('\\"')) continue;
    if (
      line === '' ||
      /^\.(PP|LP|P|SH|SS|TP|IP|HP|sp|br|RS|RE|nf|fi|EX|EE|TH|in|ti)\b/.test(line)
    ) {
      flush();
      // Headings and tagged-paragraph tags are not prose.
      continue;
    }
    const macro = /^\.(B|I|BR|BI|IB|IR|RB|RI|SM|SB)\s+(.*)$/.exec(line);
    if (macro) {
      current.push(unescapeGroff((macro[2] ?? '').replace(/"/g, '')));
      continue;
    }
    if (/^['.]/.test(line)) continue;
    current.push(unescapeGroff(line));
  }
  flush();
  return paragraphs;
}

function unescapeGroff(text: string): string {
  return text
    .replace(/\\f(\[[^\]]*\]|\(..|.)/g, '')
    .replace(/\\\*(\[[^\]]*\]|\(..|.)/g, '')
    .replace(/\\\((lq|rq|dq)/g, '"')
    .replace(/\\\((aq|cq|oq)/g, "'")
    .replace(/\\\((em|en|hy)/g, '-')
    .replace(/\\\(../g, '')
    .replace(/\\\[[^\]]*\]/g, '')
    .replace(/\\[-e]/g, (match) => (match === '\\-' ? '-' : '\\'))
    .replace(/\\[&|^~:%,/0 ]/g, (match) => (match === '\\ ' || match === '\\~' ? ' ' : ''))
    .replace(/\\s[-+]?\d/g, '')
    .replace(/\\./g, '');
}
