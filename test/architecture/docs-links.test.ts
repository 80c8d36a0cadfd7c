import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const SKIP = new Set(['node_modules', '.git', 'cdk.out', '.data', 'seeds', 'fixtures']);

/** Every Markdown file of the repository, outside dependencies and data. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name) || name.startsWith('.')) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

function anchorsOf(file: string): Set<string> {
  const anchors = new Set<string>();
  let code = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('```')) code = !code;
    const heading = /^#{1,6} (.*)$/.exec(line);
    if (!code && heading?.[1] !== undefined) anchors.add(anchor(heading[1]));
  }
  return anchors;
}

// The README is page one and points everywhere else; a moved file or a renamed heading must not
// leave a reader at a dead link.
describe('links between the documents', () => {
  it('lead to files and headings that exist', () => {
    const broken: string[] = [];
    for (const file of markdownFiles(root)) {
      const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (target === undefined || /^[a-z]+:/.test(target)) continue;
        const [path, hash] = target.split('#');
        const destination = path ? join(dirname(file), path) : file;
        const where = `${relative(root, file)} -> ${target}`;
        if (!existsSync(destination)) broken.push(`${where}: no such file`);
        else if (hash && destination.endsWith('.md') && !anchorsOf(destination).has(hash)) {
          broken.push(`${where}: no such heading`);
        }
      }
    }

    expect(broken).toEqual([]);
  });

  it('keep the README to one page', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(
      160,
    );
  });
});
