// Helpers shared by the browser benchmark's operations; kept apart so bench.mjs reads as the list of what is timed.

// The reference operation: something trivial and stable in the same runtime, to read the engine's times against.
// It counts the occurrences of each of the 100 reference words in the draft with String.prototype.indexOf; the JVM
// benchmark does the same with String.indexOf.
export function referenceScan(draft, words) {
  let count = 0;
  for (const word of words) {
    for (let at = draft.indexOf(word); at >= 0; at = draft.indexOf(word, at + 1)) {
      count++;
    }
  }
  return count;
}

// p50, p99 and mean of samples in milliseconds, the way JvmBench computes them (nearest rank).
export function percentiles(samples) {
  const sorted = Float64Array.from(samples).sort();
  const rank = (p) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
  let sum = 0;
  for (const s of sorted) {
    sum += s;
  }
  const n = sorted.length;
  return { n, p50: rank(0.5), p99: rank(0.99), max: sorted[n - 1], mean: sum / n };
}
