import type { ComponentChildren } from 'preact';
import { queryFromView, type ViewState } from './url-state.ts';

/** Where a history entry was entered from: an article opened from its result list. */
export interface EntryState {
  fromResults?: boolean;
}

/** Moves the page to another view, adding a history entry (`push`) or replacing the current. */
export type Navigate = (view: ViewState, mode?: 'push' | 'replace', state?: EntryState) => void;

/** The address of a view, for links that also open in a new tab. */
export function hrefFor(view: ViewState): string {
  return `${location.pathname}${queryFromView(view)}`;
}

/**
 * A real link to a view: it opens in a new tab or window as any link does, and a plain click
 * changes the view in place, with a history entry.
 */
export function ViewLink(props: {
  view: ViewState;
  navigate: Navigate;
  children: ComponentChildren;
  class?: string;
  'data-id'?: string;
}) {
  const { view, navigate, children } = props;
  return (
    <a
      href={hrefFor(view)}
      class={props.class}
      data-id={props['data-id']}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
          return;
        event.preventDefault();
        navigate(view);
      }}
    >
      {children}
    </a>
  );
}
