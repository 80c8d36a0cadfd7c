import './page.css';
import { render } from 'preact';
import { App } from './app.tsx';
import { session } from './auth/session.ts';
import { pickLocale } from './i18n.ts';

const locale = pickLocale(
  navigator.languages.length > 0 ? navigator.languages : [navigator.language],
);
document.documentElement.lang = locale;
// Back from the issuer, the sign-in finishes (and the code leaves the URL) before the first
// search is made.
await session.start();
const root = document.getElementById('app');
if (root) render(<App locale={locale} />, root);
