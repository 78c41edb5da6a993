// Lint rules only (typescript-eslint's recommended set: likely bugs, unsafe patterns). No stylistic rules:
// layout is Prettier's job (`npm run format`), so the two never disagree.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/', 'node_modules/', 'neo4j/lib/', '.neo4j/', 'artifacts/'] },
  eslint.configs.recommended,
  tseslint.configs.recommended,
  {
    // Tests read GraphQL answers as untyped JSON; typing every answer would add noise, not safety.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
