// ESLint (flat config) with typescript-eslint's recommended rules, for every TypeScript file we write;
// run by `npm run lint`, first step of `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/out/**', 'dist/**', 'node_modules/**', '.cache/**', '.vscode-test/**', '**/*.js', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // Unused names are errors already in tsc (noUnusedLocals/Parameters); "_" marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)out/', message: 'Import sources, not build output (see server/src/shared).' }] }],
    },
  },
  {
    // The analysis core and the shared module know neither LSP nor VS Code.
    files: ['server/src/core/**/*.ts', 'server/src/shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)out/', message: 'Import sources, not build output.' },
            { regex: '^vscode', message: 'The core and the shared module depend on no LSP or VS Code library.' },
          ],
        },
      ],
    },
  },
);
