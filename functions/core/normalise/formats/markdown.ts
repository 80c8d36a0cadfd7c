/** A Markdown document split into its front matter and its text with the markup removed. */
export interface PlainMarkdown {
  /** The YAML front matter as a record; empty when there is none or it does not parse. */
  frontMatter: Record<string, unknown>;
  /** The first level-one (or, failing that, level-two) heading. */
  heading: string | null;
  /** A level-one heading that opens the text: the displayed headline, not body text. */
  openingHeading: string | null;
  text: string;
}

/** Largest front matter read; real ones are a few lines. */
const MAX_FRONT_MATTER = 64 * 1024;
/** YAML aliases allowed: enough for any real front matter, too few for a "billion laughs". */
const MAX_ALIASES = 20;
const FENCE = /^(?:---|\.\.\.)[ \t]*$/;

function splitFrontMatter(clean: string): { block: string | null; content: string } {
  if (!/^---[ \t]*\n/.test(clean)) return { block: null, content: clean };
  const lines = clean.slice(0, MAX_FRONT_MATTER).split('\n');
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end === -1) return { block: null, content: clean };
  const block = lines.slice(1, end).join('\n');
  const consumed = lines.slice(0, end + 1).join('\n').length;
  return { block, content: clean.slice(consumed + 1) };
}

// The YAML parser is loaded on the first front matter (a module of its own, yaml-chunk.mjs, which
// the function bundle loads then): plain text and JSON never pay for it.
let yaml: Promise<typeof import('./yaml-chunk.mjs')> | undefined;

async function parseFrontMatter(block: string): Promise<Record<string, unknown>> {
  yaml ??= import('./yaml-chunk.mjs');
  const { parse } = await yaml;
  try {
    const value: unknown = parse(block, { maxAliasCount: MAX_ALIASES, prettyErrors: false });
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    // Broken front matter is not fatal: the article text below it is still worth indexing.
    return {};
  }
}

// Most lines carry no inline markup; they skip the replacements below.
const INLINE_MARKUP = /[*_`~[\]!<^]/;

function stripInline(line: string): string {
  if (!INLINE_MARKUP.test(line)) return line;
  return line
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '') // inline HTML tags carry no text of their own
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images carry no article text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links keep their text
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // reference links too
    .replace(/\[\^[^\]]+\]/g, '') // footnote markers
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/(^|[^\p{L}\p{N}])[*_](\S(?:.*?\S)?)[*_](?=$|[^\p{L}\p{N}])/gu, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*$/;
const SETEXT_UNDERLINE = /^(=+|-+)\s*$/;
const RULE_OR_FENCE = /^\s*(?:([-*_])(?:\s*\1){2,}|```|~~~)\s*$|^\s*(?:```|~~~)/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s+\S/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Reads clean text (LF line ends) as Markdown and returns its plain text and metadata. */
export async function readMarkdown(clean: string): Promise<PlainMarkdown> {
  const { block, content } = splitFrontMatter(clean);
  const frontMatter = block === null ? {} : await parseFrontMatter(block);
  let heading: string | null = null;
  let openingHeading: string | null = null;
  let headingLevel = 7;
  const lines: string[] = [];
  const setHeading = (text: string, level: number) => {
    if (level === 1 && lines.every((line) => line.trim() === '')) openingHeading = text;
    if (level < headingLevel && level <= 2) {
      heading = text;
      headingLevel = level;
    }
    lines.push('', text, '');
  };
  const raw = content.split('\n');
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] ?? '';
    const next = raw[i + 1] ?? '';
    const h = HEADING.exec(line);
    if (h?.[1] && h[2] !== undefined) {
      setHeading(stripInline(h[2]), h[1].length);
      continue;
    }
    // `Title` underlined with `===` or `---` is a heading too.
    if (line.trim() !== '' && !RULE_OR_FENCE.test(line) && SETEXT_UNDERLINE.test(next)) {
      setHeading(stripInline(line.trim()), next.startsWith('=') ? 1 : 2);
      i++;
      continue;
    }
    if (RULE_OR_FENCE.test(line) || REFERENCE_DEFINITION.test(line) || TABLE_DELIMITER.test(line)) {
      lines.push('');
      continue;
    }
    const unquoted = line.replace(/^\s*(?:>\s?)+/, '').replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
    const cells = /^\s*\|.*\|\s*$/.test(unquoted)
      ? unquoted
          .replace(/^\s*\||\|\s*$/g, '')
          .split('|')
          .map((c) => c.trim())
          .join(' ')
      : unquoted;
    lines.push(stripInline(cells));
  }
  return { frontMatter, heading, openingHeading, text: lines.join('\n') };
}
