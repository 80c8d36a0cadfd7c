import './page.css';
import { render } from 'preact';
import { App } from './app.tsx';
import { pickLocale } from './i18n.ts';

const locale = pickLocale(
  navigator.languages.length > 0 ? navigator.languages : [navigator.language],
);
document.documentElement.lang = locale;
const root = document.getElementById('app');
if (root) render(<App locale={locale} />, root);
