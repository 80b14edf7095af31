import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
process.on('unhandledRejection', (r) => console.log('UNHANDLED', String(r)));
const { ReportSchema } = await import('./dist/engine/model/report.js');
const { runPipeline } = await import('./dist/engine/pipeline.js');
const { registry } = await import('./dist/checks/index.js');
const { findPreset } = await import('./dist/profiles/presets.js');
const ajv = new Ajv2020({ strict: false, allErrors: true }); (formats.default ?? formats)(ajv);
const v = ajv.compile(ReportSchema);
for (const f of process.argv.slice(2)) {
  const r = await runPipeline({ bytes: new Uint8Array(readFileSync(f)) }, findPreset('lenient'), { registry, onError: (e, c) => console.log('onError', c, String(e).slice(0, 200)) });
  const ok = v(JSON.parse(JSON.stringify(r)));
  console.log(f.split('/').pop(), r.verdict, r.incomplete?.code, ok ? 'valid' : JSON.stringify(v.errors.slice(0, 3)).slice(0, 600));
}
