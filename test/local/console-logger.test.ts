import { describe, expect, it } from 'vitest';
import { consoleLogger, formatFields } from '../../local/console-logger.ts';

describe('console logger', () => {
  it('writes one readable line with time, level, component and fields', () => {
    const lines: string[] = [];

    consoleLogger('ingest', (line) => lines.push(line)).warn('article rejected', {
      key: 'inbox/a b.txt',
      reason: 'binary',
      article: undefined,
    });

    expect(lines).toEqual([
      expect.stringMatching(
        /^\d\d:\d\d:\d\d\.\d{3} WARN {2}ingest {2}article rejected key="inbox\/a b.txt" reason=binary$/,
      ),
    ]);
  });

  it('shows errors by name and message', () => {
    expect(formatFields({ error: new TypeError('bad') })).toBe('error="TypeError: bad"');
  });
});
