// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'docs'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      // Building markup from strings is how user text becomes elements; the DOM API is the safe path.
      'no-restricted-properties': [
        'error',
        {
          property: 'innerHTML',
          message: 'Build DOM with Preact or textContent, never innerHTML.',
        },
        {
          property: 'outerHTML',
          message: 'Build DOM with Preact or textContent, never outerHTML.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
          message: 'User text never becomes markup.',
        },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // The layers (README, Layout): core/ imports none of src/, storage/ imports only core/. Types are
  // declared in the lowest layer that needs them, so no import runs upward (scripts/check-cycles.mjs
  // catches the cycles that are left, type-only imports included).
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(\\.\\./)+(storage|messaging|background|content|popup|options|ui|platform)(/|$)',
              message: 'core/ is the pure domain: it imports nothing else from src/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/storage/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(messaging|background|content|popup|options|ui|platform)(/|$)',
              message: 'storage/ imports only core/: declare the type there, not in a layer above.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'test/**', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
