/** linkedom's parser, which `parseHtmlDocument` (dom.ts) uses. */
export const parseHTML: typeof import('linkedom').parseHTML;
/** Mozilla's Readability, which picks a page's article (html.ts). */
export const Readability: typeof import('@mozilla/readability').Readability;
