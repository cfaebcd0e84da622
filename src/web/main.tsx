import { render } from 'preact';
import { installFocusRescue } from './a11y/focusRescue.ts';
import { App } from './App.tsx';
import { direction, locale } from './i18n/index.ts';
import './styles/base.css';
import './styles/components.css';
import './a11y/a11y.css';

/** Entry point of the browser app: one page for every route, see router.ts. */
document.documentElement.lang = locale;
document.documentElement.dir = direction;

const root = document.getElementById('app');
if (root) render(<App />, root);
// A11Y-2: focus never falls to <body> when the control that had it goes away.
installFocusRescue();
