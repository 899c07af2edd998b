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
  {
    files: ['scripts/**', 'test/**', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
