/** The `yaml` package's parser, which `readMarkdown` (markdown.ts) reads front matter with. */
export const parse: typeof import('yaml').parse;
