// ESLint over src, tests and scripts: typescript-eslint's type-aware recommended rules, and the project's size
// habits (no function over 80 lines, no file over 300, no line over 140 characters) as errors.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'schemas/',
      'examples/',
      'tests/fixtures/',
      'tests/golden/',
      // Generated from schemas/ by npm run build:types; not edited by hand.
      'src/model/record-types.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      // Size habits. Blank lines and comments do not count: a well-commented function is not a long one.
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
      // The same width as Prettier's printWidth. URLs and regular expressions may run over: neither can be split.
      // A catalogue sentence stays one string literal: split with +, its {placeholders} would no longer be
      // checked by the type of say()/text(). Code lines keep to 140 characters.
      'max-len': ['error', { code: 140, ignoreUrls: true, ignoreRegExpLiterals: true, ignoreStrings: true, ignoreTemplateLiterals: true }],
      // Record ids are plain strings (MemberId = string), yet unions such as `'office' | MemberId` name the
      // keywords a field accepts: documentation, not a mistake.
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      // Chinese text uses the full-width space (U+3000) on purpose: in blanks of document numbers, in regular
      // expressions that catch input-method punctuation. Only whitespace in code itself is an error.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipComments: true, skipRegExps: true, skipTemplates: true }],
      // Tests match aligned terminal output literally; `/  3:7  错误/` reads better than `/ {2}3:7 {2}错误/`.
      'no-regex-spaces': 'off',
    },
  },
  {
    // The bundle stays ASCII, which bin/load-bundle.cjs reads fastest: esbuild writes other characters of strings as
    // escapes, but not those of regular expressions. In src/ they are named by escape, the character in a comment.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[regex.pattern=/[^\\x00-\\x7f]/]',
          message: 'Write a non-ASCII character of a regular expression as an escape (\\uXXXX): the bundle stays ASCII.',
        },
      ],
    },
  },
  {
    // Plain JavaScript build and demo scripts are in no TypeScript project: no type-aware rules there.
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
