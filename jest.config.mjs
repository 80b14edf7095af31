/** Jest runs the TypeScript sources as ES modules through swc (no type check here: `npm test` runs tsc first). */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript' },
          target: 'es2022',
          // Keep `with { type: 'json' }` on JSON imports (Jest wants the attribute).
          experimental: { keepImportAttributes: true },
        },
        module: { type: 'es6' },
      },
    ],
  },
  testTimeout: 30000,
  // Two test files at a time: jest's default (cores − 1) is one on this 2-core machine, and most suites
  // wait on servers, worker threads and browsers rather than compute (the full suite: 452 s → 255 s).
  maxWorkers: 2,
};
