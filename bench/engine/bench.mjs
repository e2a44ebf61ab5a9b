// The engine benchmark in the browser (issue 3, "Speed"): the same workload and the same operations as JvmBench,
// timed with performance.now() around each call. ChromiumBench serves it with engine.js, workload.json and the
// extension's test page (engine-page.html?run=./bench.mjs&iterations=N&breakdown=N), which calls run and shows the
// results.
import * as engine from './engine.js';
import { percentiles, referenceScan } from './bench-common.mjs';

export async function run(params) {
  const settings = {
    iterations: Number(params.get('iterations') || 2000),
    breakdown: Number(params.get('breakdown') || 500),
  };
  const workload = await (await fetch('./workload.json')).json();
  const results = { resolutionMs: timerResolution(), crossOriginIsolated: self.crossOriginIsolated === true };

  // One-time costs, measured once, cold: the first lint parses and compiles the rule set; rankIndex builds the index.
  let start = performance.now();
  const first = engine.lint(workload.ruleSet, workload.request);
  results.firstLintMs = performance.now() - start;
  results.findings = JSON.parse(first).findings.length;
  start = performance.now();
  const index = engine.rankIndex(workload.library);
  results.rankIndexMs = performance.now() - start;

  results.lint = measure(settings, () => engine.lint(workload.ruleSet, workload.request));
  results.lintShort = measure(settings, () => engine.lint(workload.ruleSet, workload.shortRequest));
  let q = 0;
  results.rank = measure(settings, () => index.rank(workload.queries[q++ % workload.queries.length], 10));
  const words = workload.referenceWords;
  results.reference = measure(settings, () => referenceScan(workload.draft, words));
  results.jsonRoundTrip = measure(settings, () => JSON.stringify(JSON.parse(workload.request)));
  results.lintByType = {};
  const breakdown = { iterations: settings.breakdown };
  for (const [type, ruleSet] of Object.entries(workload.ruleSetsByType)) {
    results.lintByType[type] = measure(breakdown, () => engine.lint(ruleSet, workload.request));
  }
  return results;
}

// Times each call after as many untimed calls, which let V8 optimise the hot paths.
function measure(settings, operation) {
  let sink = 0;
  for (let i = 0; i < settings.iterations; i++) {
    sink += String(operation()).length;
  }
  const samples = new Float64Array(settings.iterations);
  for (let i = 0; i < settings.iterations; i++) {
    const start = performance.now();
    sink += String(operation()).length;
    samples[i] = performance.now() - start;
  }
  return { ...percentiles(samples), sink };
}

// The smallest step performance.now() takes here: 5 µs when the page is cross-origin isolated, 100 µs otherwise.
function timerResolution() {
  let smallest = Infinity;
  for (let i = 0; i < 50; i++) {
    const a = performance.now();
    let b = performance.now();
    while (b === a) {
      b = performance.now();
    }
    smallest = Math.min(smallest, b - a);
  }
  return smallest;
}
