/**
 * L2-regularized logistic regression, fitted by Newton's method (iteratively
 * reweighted least squares). The fit model has seven components, so the
 * Hessian is 8 × 8 and each step is exact and cheap; the ridge term keeps it
 * invertible and the coefficients small when outcomes are few. Deterministic:
 * same examples, same coefficients. The intercept is not penalized.
 */
/* eslint-disable @typescript-eslint/no-non-null-assertion -- dense numeric vectors and matrices, indexed only within their own lengths */

export interface Example {
  features: readonly number[];
  /** 1 positive, 0 negative. */
  label: 0 | 1;
}

export interface LogisticModel {
  intercept: number;
  coefficients: number[];
}

export interface FitOptions {
  /** Ridge penalty λ on the coefficients (λ/2 · Σβ²). */
  l2: number;
  maxIterations: number;
  /** Stop when no coefficient moves more than this in a step. */
  tolerance: number;
}

export const DEFAULT_FIT_OPTIONS: FitOptions = { l2: 1, maxIterations: 50, tolerance: 1e-8 };

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's probability that an example with these features is positive. */
export function predict(model: LogisticModel, features: readonly number[]): number {
  return sigmoid(model.intercept + features.reduce((sum, x, j) => sum + x * (model.coefficients[j] ?? 0), 0));
}

/** Solves A·x = b by Gaussian elimination with partial pivoting (A is small, symmetric positive definite). */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i] as number]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let row = col + 1; row < n; row++) {
      const factor = a[row]![col]! / a[col]![col]!;
      for (let k = col; k <= n; k++) a[row]![k]! -= factor * a[col]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= a[row]![k]! * x[k]!;
    x[row] = sum / a[row]![row]!;
  }
  return x;
}

/** One Newton step's gradient and Hessian of the penalized negative log-likelihood, over [intercept, coefficients]. */
function gradientAndHessian(
  examples: readonly Example[],
  theta: readonly number[],
  l2: number,
): { gradient: number[]; hessian: number[][] } {
  const n = theta.length;
  const gradient = new Array<number>(n).fill(0);
  const hessian = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const { features, label } of examples) {
    const x = [1, ...features];
    const p = sigmoid(x.reduce((sum, xi, j) => sum + xi * theta[j]!, 0));
    for (let j = 0; j < n; j++) {
      gradient[j]! += (p - label) * x[j]!;
      for (let k = 0; k < n; k++) hessian[j]![k]! += p * (1 - p) * x[j]! * x[k]!;
    }
  }
  for (let j = 1; j < n; j++) {
    gradient[j]! += l2 * theta[j]!;
    hessian[j]![j]! += l2;
  }
  hessian[0]![0]! += 1e-9; // keeps the system solvable when every label is the same
  return { gradient, hessian };
}

/** Fits the model; throws on examples of different lengths. */
export function fitLogistic(examples: readonly Example[], options: FitOptions = DEFAULT_FIT_OPTIONS): LogisticModel {
  const width = examples[0]?.features.length ?? 0;
  if (examples.some((e) => e.features.length !== width)) throw new Error('every example needs the same number of features');
  let theta = new Array<number>(width + 1).fill(0);
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    const { gradient, hessian } = gradientAndHessian(examples, theta, options.l2);
    const step = solve(hessian, gradient);
    theta = theta.map((t, j) => t - step[j]!);
    if (Math.max(...step.map(Math.abs)) < options.tolerance) break;
  }
  return { intercept: theta[0]!, coefficients: theta.slice(1) };
}
