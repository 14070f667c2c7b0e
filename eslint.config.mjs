// Import boundaries per folder (../shared/style.md, after VS Code's layers):
// shared/ is pure, renderer/ reaches data only through the API contract, and
// db/ never imports electron so its tests run on plain Node.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'util', 'stream', 'events',
  'worker_threads', 'module', 'process', 'buffer', 'zlib', 'tls', 'dns', 'readline', 'vm', 'assert', 'timers',
];
const nodeImports = [{ group: ['node:*'], message: 'Node modules are not allowed here.' }];
// Bare built-in names are matched exactly (as patterns they would also match ../domain/events).
const nodePaths = NODE_BUILTINS.map((name) => ({ name, message: 'Node modules are not allowed here.' }));
const electronImports = [{ group: ['electron', 'electron/*'], message: 'Electron belongs in electron/ only.' }];
const dbImports = [{ group: ['**/db', '**/db/*', 'better-sqlite3'], message: 'Reach data through the API contract (shared/api), not db/.' }];
const hostImports = [{ group: ['**/electron/*', '**/renderer/*', '**/e2e/*'], message: 'Outside this layer.' }];
const domImports = [{ group: ['react', 'react-dom', 'react-dom/*', '@tanstack/*'], message: 'shared/ is pure TypeScript: no DOM or UI libraries.' }];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'release/**', 'test-results/**', 'playwright-report/**', 'e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'No innerHTML.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
      ],
      'no-eval': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { paths: nodePaths, patterns: [...nodeImports, ...electronImports, ...dbImports, ...hostImports, ...domImports] }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', 'localStorage', 'fetch'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: nodePaths, patterns: [...nodeImports, ...electronImports, ...dbImports, { group: ['**/electron/*', '**/e2e/*'], message: 'Outside the renderer.' }] }],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['db/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [...electronImports, ...hostImports, ...domImports] }],
    },
  },
  {
    // CommonJS helpers shared by plain-Node scripts and Playwright specs.
    files: ['scripts/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.mjs', 'bench/**/*.ts', 'e2e/**/*.ts', '*.mts', '*.mjs', '*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
