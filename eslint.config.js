// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Imports that would make the domain core impure (I/O, runtime, transport or UI). */
const coreForbidden = [
  { group: ['node:*'], message: 'src/core is pure: no Node built-ins.' },
  { group: ['**/server/**', '**/web/**', '**/client/**'], message: 'src/core imports nothing from server, web or client.' },
  { group: ['fastify', '@fastify/*', 'ws', 'kysely', 'better-sqlite3', 'pg', 'pino', 'preact', 'preact/*', '@preact/*', 'qrcode'], message: 'src/core is pure: no I/O or UI libraries.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'test-artifacts/', 'test-results/', 'coverage/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: coreForbidden }],
      'no-restricted-globals': ['error',
        { name: 'window', message: 'src/core is pure: no DOM.' },
        { name: 'document', message: 'src/core is pure: no DOM.' },
        { name: 'localStorage', message: 'src/core is pure: no DOM.' },
        { name: 'WebSocket', message: 'src/core is pure: sockets belong to client or server.' },
        { name: 'process', message: 'src/core is pure: configuration comes in as arguments.' },
        { name: 'setTimeout', message: 'src/core is pure: time comes in as an argument.' },
        { name: 'setInterval', message: 'src/core is pure: time comes in as an argument.' },
      ],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'src/core is pure: the clock is injected.' },
        { object: 'Math', property: 'random', message: 'src/core is pure: ids and randomness are injected.' },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/core is pure: the clock is injected.' }],
    },
  },
  {
    files: ['src/client/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [
        { group: ['node:*'], message: 'src/client runs in browsers too.' },
        { group: ['**/server/**', '**/web/**'], message: 'src/client imports only from src/core.' },
      ] }],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [
        { group: ['node:*'], message: 'src/web runs in browsers.' },
        { group: ['**/server/**'], message: 'src/web never imports server code.' },
      ] }],
    },
  },
);
