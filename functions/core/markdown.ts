/** Metadata from a Markdown file's front matter, where present. */
export interface FrontMatter {
  title?: string;
  date?: string;
  source?: string;
}

/** A Markdown document split into its front matter and its text with the markup removed. */
export interface PlainMarkdown {
  frontMatter: FrontMatter;
  /** The first level-one (or, failing that, level-two) heading. */
  heading: string | null;
  text: string;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/;
const KEYS: Record<string, keyof FrontMatter> = {
  title: 'title',
  headline: 'title',
  date: 'date',
  published: 'date',
  published_at: 'date',
  publishedat: 'date',
  source: 'source',
  publisher: 'source',
};

// Only flat `key: value` pairs are read here; nested YAML is ignored rather than misread.
function parseFrontMatter(block: string): FrontMatter {
  const result: FrontMatter = {};
  for (const line of block.split('\n')) {
    const m = /^([A-Za-z_]+)\s*:\s*(.+)$/.exec(line);
    const field = m?.[1] ? KEYS[m[1].toLowerCase()] : undefined;
    if (!field || !m?.[2]) continue;
    result[field] = m[2].trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return result;
}

function stripInline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images carry no article text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links keep their text
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}])[*_](\S(?:.*?\S)?)[*_](?=$|[^\p{L}\p{N}])/gu, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

/** Reads clean text (LF line ends) as Markdown and returns its plain text and metadata. */
export function readMarkdown(clean: string): PlainMarkdown {
  const fm = FRONT_MATTER.exec(clean);
  const frontMatter = fm?.[1] ? parseFrontMatter(fm[1]) : {};
  const content = fm ? clean.slice(fm[0].length) : clean;
  let heading: string | null = null;
  let headingLevel = 7;
  const lines: string[] = [];
  for (const raw of content.split('\n')) {
    const h = /^(#{1,6})\s+(.*?)\s*#*$/.exec(raw);
    if (h?.[1] && h[2] !== undefined) {
      const text = stripInline(h[2]);
      if (h[1].length < headingLevel && h[1].length <= 2) {
        heading = text;
        headingLevel = h[1].length;
      }
      lines.push('', text, '');
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(raw) || /^\s*(```|~~~)/.test(raw)) {
      lines.push('');
      continue;
    }
    lines.push(stripInline(raw.replace(/^\s*>\s?/, '').replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')));
  }
  return { frontMatter, heading, text: lines.join('\n') };
}
