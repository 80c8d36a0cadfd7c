import { snippetParts } from './snippet.ts';

/** A snippet as text with its matched words in `<mark>`: never parsed as HTML. */
export function SnippetText({ snippet }: { snippet: string }) {
  return (
    <>
      {snippetParts(snippet).map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : part.text,
      )}
    </>
  );
}
