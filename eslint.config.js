// Lint rules only (typescript-eslint's recommended set: likely bugs, unsafe patterns). No stylistic rules:
// layout is Prettier's job (`npm run format`), so the two never disagree.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Only the project's own sources: not what builds, installs, CI's virtualenv or the Neo4j homes put beside them.
  { ignores: ['build/', 'dist/', 'node_modules/', 'neo4j/', '.neo4j*/', '.venv*/', 'artifacts/'] },
  eslint.configs.recommended,
  tseslint.configs.recommended,
  {
    // Tests and benchmarks read GraphQL answers as untyped JSON; typing every answer would add noise, not safety.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
