import { Session } from 'node:inspector/promises';
import { readFileSync } from 'node:fs';
const s = new Session(); s.connect();
await s.post('Profiler.enable'); await s.post('Profiler.start');
setTimeout(async () => {
  const { profile } = await s.post('Profiler.stop');
  const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
  const dt = profile.timeDeltas; const counts = new Map();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [id, c] of counts) { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + c); }
  console.log([...self].sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,v])=>v+' '+k).join('\n'));
  // parents chain of top node
  const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const top = [...counts].sort((a,b)=>b[1]-a[1])[0][0]; let cur = top; const chain=[];
  while (cur && chain.length < 30) { const n = byId.get(cur); chain.push(`${n.callFrame.functionName} :${n.callFrame.lineNumber}`); cur = parent.get(cur); }
  console.log(chain.join('\n  <- '));
  process.exit(0);
}, Number(process.argv[3] ?? 12000));
const { runPipeline } = await import('./dist/engine/pipeline.js');
const { registry } = await import('./dist/checks/index.js');
const { findPreset } = await import('./dist/profiles/presets.js');
await runPipeline({ bytes: new Uint8Array(readFileSync(process.argv[2])) }, findPreset('lenient'), { registry });
console.log('finished');
