// L2-regularised logistic regression on sparse rows, fitted by L-BFGS: deterministic (zero start, fixed iterations), no
// dependencies. A row is [indices, values]; labels are 0 or 1.

/** Loss and gradient of the weights (last entry: the bias). */
function lossAndGradient(rows, labels, weights, lambda) {
  const m = weights.length - 1;
  const gradient = new Float64Array(weights.length);
  let loss = 0;
  for (let i = 0; i < rows.length; i++) {
    const [index, value] = rows[i];
    let z = weights[m];
    for (let k = 0; k < index.length; k++) z += weights[index[k]] * value[k];
    const y = labels[i];
    loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y * z;
    const g = 1 / (1 + Math.exp(-z)) - y;
    for (let k = 0; k < index.length; k++) gradient[index[k]] += g * value[k];
    gradient[m] += g;
  }
  for (let j = 0; j < m; j++) {
    loss += 0.5 * lambda * weights[j] * weights[j];
    gradient[j] += lambda * weights[j];
  }
  return { loss, gradient };
}

const dot = (a, b) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};

/** The fitted weights (one per feature) and the bias. */
export function fitLogistic(rows, labels, featureCount, { lambda = 3, iterations = 200, memory = 8 } = {}) {
  let x = new Float64Array(featureCount + 1);
  let { loss, gradient } = lossAndGradient(rows, labels, x, lambda);
  const history = [];
  for (let it = 0; it < iterations; it++) {
    // Two-loop recursion: the direction from the last pairs of steps and gradient changes.
    const q = Float64Array.from(gradient);
    const alphas = [];
    for (let h = history.length - 1; h >= 0; h--) {
      const { s, y, rho } = history[h];
      const a = rho * dot(s, q);
      alphas.push(a);
      for (let i = 0; i < q.length; i++) q[i] -= a * y[i];
    }
    if (history.length > 0) {
      const { s, y } = history[history.length - 1];
      const scale = dot(s, y) / dot(y, y);
      for (let i = 0; i < q.length; i++) q[i] *= scale;
    } else {
      const norm = Math.sqrt(dot(q, q)) || 1;
      for (let i = 0; i < q.length; i++) q[i] /= norm;
    }
    for (let h = 0; h < history.length; h++) {
      const { s, y, rho } = history[h];
      const b = rho * dot(y, q);
      const a = alphas[history.length - 1 - h];
      for (let i = 0; i < q.length; i++) q[i] += s[i] * (a - b);
    }
    // Backtracking line search along -q (Armijo).
    const slope = -dot(gradient, q);
    if (slope >= 0) break;
    let step = 1;
    let next;
    let trial;
    for (let tries = 0; tries < 30; tries++) {
      trial = x.map((v, i) => v - step * q[i]);
      next = lossAndGradient(rows, labels, trial, lambda);
      if (next.loss <= loss + 1e-4 * step * slope) break;
      step /= 2;
    }
    const s = trial.map((v, i) => v - x[i]);
    const y = next.gradient.map((v, i) => v - gradient[i]);
    const sy = dot(s, y);
    if (sy > 1e-12) {
      history.push({ s, y, rho: 1 / sy });
      if (history.length > memory) history.shift();
    }
    const improved = loss - next.loss;
    x = trial;
    loss = next.loss;
    gradient = next.gradient;
    if (improved < 1e-7 * Math.max(1, Math.abs(loss))) break;
  }
  return { weights: x.subarray(0, featureCount), bias: x[featureCount] };
}
