/**
 * The import rule (ARCHITECTURE.md, "What may import what"), checked by `npm run lint`.
 *
 * The layers, lowest first. A file may import files of its own layer and of the layers before it,
 * never of a layer after it. There are no exceptions: a rule that is in the way is changed here, with
 * its reason, not silenced.
 */
const layers = [
  { name: 'engine-model', path: '^engine/(model/|ocr-engine\\.ts$)' }, // data shapes and the OCR port
  { name: 'engine-i18n', path: '^engine/i18n/' },
  { name: 'engine-adapters', path: '^engine/adapters/' }, // the only users of the PDF, image, OCR and XML libraries
  { name: 'engine', path: '^engine/' }, // stages, fields, e-invoices, check definition, evaluation, pipeline
  { name: 'checks', path: '^checks/' },
  { name: 'profiles', path: '^profiles/' },
  { name: 'runtime', path: '^runtime/' }, // worker pool, OCR host, page drawing, one run with a time-out
  { name: 'server-base', path: '^server/(store|core)/' },
  { name: 'server-services', path: '^server/services/' },
  { name: 'server-http', path: '^server/(http|routes)/' },
  { name: 'server-wiring', path: '^server/[^/]+\\.ts$' },
  { name: 'top', path: '^(cli|bench|scripts)/' },
];

/** A path that matches layer `i` and none before it. */
const own = (i) => ({ path: layers[i].path, pathNot: layers.slice(0, i).map((l) => l.path) });

const layerRules = layers.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer.name}`,
  comment: `${layer.name} may import only itself and the layers before it`,
  severity: 'error',
  from: own(i),
  to: { path: layers.slice(i + 1).map((l) => l.path), pathNot: layers.slice(0, i + 1).map((l) => l.path) },
}));

const libraries =
  'node_modules/(pdfjs-dist|pdf-lib|@napi-rs/canvas|sharp|tesseract\\.js|fast-xml-parser|mailparser)(/|$)';
const serverSide = 'node_modules/(express|multer|better-sqlite3|pg|pg-boss|pino|express-rate-limit)(/|$)';

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-circular',
      comment: 'no file imports itself through others',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'libraries-only-in-adapters',
      comment:
        'pdf.js, pdf-lib, the canvas, sharp, tesseract.js and the XML parser are wrapped by engine/adapters (tests may build fixtures with them)',
      severity: 'error',
      from: { pathNot: ['^engine/adapters/', '^test/'] },
      to: { path: libraries },
    },
    {
      name: 'engine-and-checks-are-pure',
      comment: 'engine/ and checks/ know no HTTP, database, threads, processes or logging',
      severity: 'error',
      from: { path: '^(engine|checks)/' },
      to: {
        path: [serverSide, '^(node:)?(http|https|http2|net|tls|dgram|worker_threads|child_process|cluster)$'],
      },
    },
    {
      name: 'no-files-in-engine-core',
      comment: 'only the adapters read files (the OCR language data); stages, fields and checks get bytes',
      severity: 'error',
      from: { path: '^(engine|checks)/', pathNot: '^engine/adapters/' },
      to: { path: '^(node:)?fs(/|$)' },
    },
    {
      name: 'checks-see-no-machinery',
      comment: 'a check reads the document model: never the adapters, the stages or the pipeline',
      severity: 'error',
      from: { path: '^checks/' },
      to: { path: ['^engine/adapters/', '^engine/stages/', '^engine/pipeline\\.ts$'] },
    },
    {
      name: 'engine-pipeline-on-top',
      comment: 'the pipeline calls the stages; nothing in the engine calls the pipeline',
      severity: 'error',
      from: { path: '^engine/', pathNot: '^engine/pipeline\\.ts$' },
      to: { path: '^engine/pipeline\\.ts$' },
    },
    {
      name: 'no-route-imports-a-route',
      comment: 'what two routes share lives in server/http or server/services',
      severity: 'error',
      from: { path: '^server/routes/([^/]+)\\.ts$' },
      to: { path: '^server/routes/', pathNot: '^server/routes/$1\\.ts$' },
    },
    {
      name: 'http-does-not-import-routes',
      comment: 'the HTTP helpers (auth, sessions, views, OpenAPI) serve the routes, not the other way round',
      severity: 'error',
      from: { path: '^server/http/' },
      to: { path: '^server/routes/' },
    },
    {
      name: 'client-stands-alone',
      comment: 'client/ is published for integrators: it imports nothing of the server or the engine',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^(engine|checks|profiles|runtime|server|cli|bench|scripts)/' },
    },
    {
      name: 'no-tests-in-product',
      comment: 'product code never imports test code (benchmarks may use the test fixtures)',
      severity: 'error',
      from: { path: '^(engine|checks|profiles|runtime|server|cli|client|scripts)/' },
      to: { path: '^test/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|public)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.d.ts', '.json'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
