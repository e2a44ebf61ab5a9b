// Runs engine cases against the TeaVM-compiled engine module. The Node runner and the browser page both use this one
// function, so the two runtimes are driven exactly alike and the JUnit side compares like with like.
//
// The suite is {libraries: {name: libraryJson}, cases: [{name, fn, args}]}: fn names an export of engine.js and args
// are its arguments, given as they are. For fn "rank", args are [library name, draft, limit]: the library is indexed
// once with rankIndex and the index reused, as the extension does while the employee types.
//
// Each result is {name, output} with the export's return value as it came (a JSON string, a number, a string or
// null), or {name, error} when the call threw.
export function runCases(engine, suite) {
  const indexes = new Map();
  return suite.cases.map((c) => {
    try {
      return { name: c.name, output: call(engine, suite, c, indexes) };
    } catch (e) {
      return { name: c.name, error: String((e && e.message) || e) };
    }
  });
}

function call(engine, suite, c, indexes) {
  if (c.fn === 'rank') {
    const [library, draft, limit] = c.args;
    if (!indexes.has(library)) {
      indexes.set(library, engine.rankIndex(suite.libraries[library]));
    }
    return engine.rank(indexes.get(library), draft, limit);
  }
  const fn = engine[c.fn];
  if (typeof fn !== 'function') {
    throw new Error(`engine.js exports no function "${c.fn}"`);
  }
  const output = fn(...c.args);
  return output === undefined ? null : output;
}

// The browser side (engine-page.html): the engine and the suite are served next to the page.
export async function run() {
  const engine = await import('./engine.js');
  const suite = await (await fetch('./cases.json')).json();
  return runCases(engine, suite);
}
