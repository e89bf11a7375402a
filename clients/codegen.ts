// GraphQL Code Generator: typed operations for the committed mobile operations (npm run codegen), from the
// committed contract (../schema.graphql), into generated/ (git-ignored; the node tests regenerate and type-check it).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['mobile/*.graphql'],
  generates: {
    'generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // every custom scalar must be mapped here: a new one fails generation instead of becoming `any`
        strictScalars: true,
        scalars: {
          // ISO 8601 days, "2018-02-26"
          Date: 'string',
          // JSON numbers on the wire (704142); variables take a number or, to keep every digit, a string ("704142.5").
          // A figure as its source wrote it ("704.142") is Figure.textAsStated.
          BigDecimal: { input: 'string | number', output: 'number' },
          BigInteger: { input: 'string | number', output: 'number' },
          // ISO 8601 instants with an offset, "2026-12-05T00:09:22.985Z" (Dataset.loadedAt)
          DateTime: 'string',
        },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
