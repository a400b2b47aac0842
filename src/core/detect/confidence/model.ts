/** Below this the model holds a request more likely a misreading than an ask. */
export const KEEP_AT = 0.5;

/** A logistic model over a request's features: the chance the prospect really asks for it. */
export function confidence(weights: readonly number[], features: readonly number[]): number {
  const score = features.reduce((sum, value, i) => sum + value * (weights[i] ?? 0), 0);
  return 1 / (1 + Math.exp(-score));
}

/** Fitting settings: plain gradient descent from zero, so the same data gives the same weights. */
const STEPS = 3000;
const RATE = 0.5;
const L2 = 1;

/**
 * Fits the weights by L2-regularized logistic regression. `rows` are feature vectors, `truth`
 * whether each request was really asked for.
 */
export function fitWeights(rows: readonly (readonly number[])[], truth: readonly boolean[]): number[] {
  const n = rows.length;
  const width = rows[0]?.length ?? 0;
  const weights = new Array<number>(width).fill(0);
  if (n === 0) return weights;
  const gradient = new Array<number>(width);
  for (let step = 0; step < STEPS; step++) {
    gradient.fill(0);
    rows.forEach((row, r) => {
      const score = row.reduce((sum, value, i) => sum + value * weights[i], 0);
      const error = 1 / (1 + Math.exp(-score)) - (truth[r] ? 1 : 0);
      row.forEach((value, i) => {
        gradient[i] += error * value;
      });
    });
    for (let i = 0; i < width; i++) weights[i] -= (RATE * (gradient[i] + L2 * weights[i])) / n;
  }
  return weights;
}
