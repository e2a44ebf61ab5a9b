// Usage: node node-runner.mjs <engine module> <cases.json>
// Imports the TeaVM-compiled engine, runs every case of cases.json (see engine-cases.mjs) and prints the results as
// one JSON array on standard output. The JUnit test EngineOnNodeTest runs it; it also runs by hand for a quick look.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCases } from './engine-cases.mjs';

const [enginePath, casesPath] = process.argv.slice(2);
if (!enginePath || !casesPath) {
  console.error('usage: node node-runner.mjs <engine module> <cases.json>');
  process.exit(2);
}
const engine = await import(pathToFileURL(resolve(enginePath)).href);
const suite = JSON.parse(await readFile(casesPath, 'utf8'));
process.stdout.write(JSON.stringify(runCases(engine, suite)));
