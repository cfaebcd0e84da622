import { render } from 'preact';
import { App } from './App.tsx';
import { direction, locale } from './i18n/index.ts';
import './styles/base.css';
import './styles/components.css';

/** Entry point of the browser app: one page for every route, see router.ts. */
document.documentElement.lang = locale;
document.documentElement.dir = direction;

const root = document.getElementById('app');
if (root) render(<App />, root);
