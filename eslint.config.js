import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'test-results/', 'coverage/', 'tests/pages/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // The core reads children by sibling walks (src/core/dom.ts says why: jsdom's live child lists).
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/dom.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name=/^(childNodes|children|childElementCount)$/]",
          message: 'Read children with childNodesOf, childElements or onlyChildElement (src/core/dom.ts).',
        },
      ],
    },
  },
);
