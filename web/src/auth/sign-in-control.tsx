import { useEffect, useState } from 'preact/hooks';
import type { Translator } from '../i18n.ts';
import { type SessionState, session } from './session.ts';

/** The session's state, kept current as people sign in and out and tokens expire. */
export function useSession(): SessionState {
  const [state, setState] = useState(() => session.state());
  useEffect(() => session.subscribe(() => setState(session.state())), []);
  return state;
}

/** "Sign in" / "Sign out" in the header, where the page can sign people in; nothing elsewhere. */
export function SignInControl({ tr }: { tr: Translator }) {
  const state = useSession();
  if (!state.canSignIn) return null;
  return (
    <div class="account">
      {state.signedIn ? (
        <>
          <span class="signed-in">{tr.t.signedIn}</span>
          <button type="button" onClick={() => session.signOut()}>
            {tr.t.signOut}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => void session.signIn()}>
          {tr.t.signIn}
        </button>
      )}
    </div>
  );
}

/** What a 401 or 403 means here, and whether signing in would help. */
export function unauthorisedMessage(state: SessionState, tr: Translator): string {
  if (!state.canSignIn) return tr.t.errorUnauthorised(state.access, location.origin);
  if (state.problem) return tr.t.signInFailed[state.problem];
  return state.signedIn ? tr.t.errorSignInAgain : tr.t.errorSignInNeeded;
}
