import { render } from 'preact';
import { installFocusRescue } from './a11y/focusRescue.ts';
import { App } from './App.tsx';
import { setLocale } from './i18n/index.ts';
import { startingLocale } from './i18n/localeChoice.ts';
import './styles/base.css';
import './styles/components.css';
import './a11y/a11y.css';

/** Entry point of the browser app: one page for every route, see router.ts. */
const root = document.getElementById('app');
const locale = startingLocale();
// English is in the bundle; another language is fetched first, or English shows if it cannot be.
const ready = locale === 'en' ? Promise.resolve() : setLocale(locale).catch(() => undefined);
void ready.then(() => {
  if (root) render(<App />, root);
});
// A11Y-2: focus never falls to <body> when the control that had it goes away.
installFocusRescue();
