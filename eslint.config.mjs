import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        URL: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['test/**/*.js'], languageOptions: { globals: { jest: 'readonly' } } },
  {
    // core runs in Apps Script's V8, a browser and Node alike (DESIGN.md): no host, no Node
    // module, no room around it. Only core/xlsx (ExcelJS) and core/sidebar (the DOM) reach out.
    files: ['core/**/*.ts'],
    ignores: ['core/xlsx/**', 'core/sidebar/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'core imports no Node module' },
            {
              regex: '^(fs|path|os|child_process|http|https|net|url|zlib|crypto|stream)$',
              message: 'core imports no Node module',
            },
            { regex: '^(exceljs|playwright-core|hyperformula)$', message: 'not in core' },
            {
              regex: '^(\\.\\./)+(sheets-addon|excel-addin|cli|web|test|bench)(/|$)',
              message: 'core imports no host, and neither tests nor the bench',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'SpreadsheetApp', 'Excel', 'Office'],
    },
  },
);
