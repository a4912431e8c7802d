import { beta, logitLogDensity, type Beta } from './special.js';

/** Nodes per Gauss–Legendre panel. */
const N = 10;

/** P_0(x) … P_N(x), the Legendre polynomials at x. */
function legendre(x: number) {
  const P = [1, x];
  for (let l = 2; l <= N; l++) P.push(((2 * l - 1) * x * P[l - 1] - (l - 1) * P[l - 2]) / l);
  return P;
}

/**
 * The N-point Gauss–Legendre rule on [−1, 1] (nodes by Newton's method on P_N, from Tricomi's start), and its
 * integration matrix S: Σ_m S[k][m]·f(x_m) is the integral of f from −1 up to node k, exact for polynomials of
 * degree < N. As ℓ_m, the Lagrange polynomial of node m, is w_m·Σ_l (l + ½)·P_l(x_m)·P_l, and
 * ∫_{−1}^x P_l = (P_{l+1}(x) − P_{l−1}(x))/(2l + 1): S[k][m] = w_m·(½(x_k + 1) + ½·Σ_{l≥1} P_l(x_m)·(P_{l+1}(x_k) − P_{l−1}(x_k))).
 * Computed on the first call.
 */
function gaussLegendre() {
  const x: number[] = [];
  const w: number[] = [];
  for (let i = 0; i < N; i++) {
    let t = -Math.cos((Math.PI * (i + 0.75)) / (N + 0.5));
    let slope = 1;
    for (let it = 0; it < 9; it++) {
      const P = legendre(t);
      slope = (N * (t * P[N] - P[N - 1])) / (t * t - 1);
      t -= P[N] / slope;
    }
    x.push(t);
    w.push(2 / ((1 - t * t) * slope * slope));
  }
  const P = x.map(legendre);
  const S = x.map((xk, k) =>
    w.map(
      (wm, m) =>
        wm * P[m].reduce((s, Pl, l) => (l && l < N ? s + (Pl * (P[k][l + 1] - P[k][l - 1])) / 2 : s), (xk + 1) / 2),
    ),
  );
  return { x, w, S };
}
let rule: ReturnType<typeof gaussLegendre> | undefined;

/**
 * For independent X_j ~ Beta(a_j, b_j), the chance that each is the smallest: P_i = ∫ f_i ∏_{j≠i} (1 − F_j).
 *
 * Method. Everything happens in the logit u = ln(x/(1 − x)), which keeps the order (the smallest rate has the
 * smallest logit) and where each density, x^a·(1 − x)^b / B(a, b), is smooth and log-concave for every a, b > 0:
 * no pole at 0 or 1, tails at least exponential, and a double still resolves a posterior 10^-8 wide at rates
 * within 10^-12 of 0 or 1. Only densities are evaluated (special.ts's `logitLogDensity`, to 1.5e-14 relative at
 * counts up to 10^15); each F_j is the running integral of its density on the same nodes, so no incomplete beta
 * is needed (its continued fraction takes √count steps).
 * 1. Windows. All but eps = tol/2n of each distribution's mass lies in [lo_j, hi_j]: for a log-concave density
 *    g with slope ψ = (ln g)′, the mass beyond u (in the direction ψ falls) is at most g(u)/|ψ(u)|, so each edge
 *    moves out from 4 scales (1/√k, k = ab/(a + b)) by factors of 1.3 until that bound is met. A proof, not a
 *    normal approximation.
 * 2. The smallest lies above U = min hi_j with chance at most eps: nothing is integrated above U. A step with at
 *    most eps of its mass below U has a chance of at most eps: it gets 0, and its 1 − F_j counts as 1 (above
 *    1 − eps on [−∞, U]). So the steps far above the bottleneck cost a few densities each (their edges).
 * 3. Panels. From the lowest lo_j to U, Gauss–Legendre panels of 10 nodes, each taking the steps whose window
 *    has begun by its end, and halved until, over it, every such ln g_j bends by at most `reach`² (its curvature
 *    is (a + b)·x(1 − x)) and changes along its slope a − (a + b)·x by at most `slopeReach` (that slope is
 *    monotone: its largest size is at an end). At the nodes, F_j is its value at the panel's start plus the
 *    integration matrix times the densities (exact for degree < 10); P_i gains the Gauss–Legendre sum of
 *    f_i ∏_{j≠i} (1 − F_j) (prefix and suffix products, no division).
 * Accuracy: what steps 1–2 leave out is at most tol in all, and each chance's share of it at most tol/2 + eps;
 * the panels' error was measured against mpmath at 30 digits (reference/third-edition.py, 2 to 100 steps,
 * counts to 10^15, zero counts and rates of 100 %) and against Evan Miller's exact sum for two Betas with whole
 * parameters: with tol = 1e-6, reach 4, slopeReach 12 (the bottleneck's), within 4e-7, all of it the tails' share;
 * with tol = 1e-9, reach 2, slopeReach 6 (the test's), within 4e-10. Cost: about 12 panels across one
 * posterior's window, 10 densities (40 ns each) per panel and step that can be the smallest: about 35 µs for
 * the article's funnel, 0.5 ms for 100 steps of 1000, 990, …, 10 (79 steps in play; test/core/timing.ts).
 */
export function minChances(params: [number, number][], tol: number, reach: number, slopeReach: number): number[] {
  const { x, w, S } = (rule ??= gaussLegendre());
  const eps = tol / (2 * params.length);
  const Bs = params.map(([a, b]) => beta(a, b));
  // Whether at most eps of B's mass lies beyond u = mode + d, in the direction of d (by the log-concave bound).
  const beyond = (B: Beta, d: number) => {
    const [lg, slope] = logitLogDensity(B, d);
    const g = Math.exp(lg);
    return g == 0 || g <= eps * Math.abs(slope) || !isFinite(d);
  };
  // The point beyond which at most eps of B's mass lies (dir −1: below, +1: above).
  const edge = (B: Beta, dir: number) => {
    let d = (4 * dir) / Math.sqrt(B.k);
    while (!beyond(B, d)) d *= 1.3;
    return B.mode + d;
  };
  const U = Math.min(...Bs.map((B) => edge(B, 1)));
  const P = params.map(() => 0);
  // The steps that can be the smallest (more than eps of their mass below U), by where their window starts.
  const lo: number[] = [];
  const order = Bs.flatMap((B, j) => (U > B.mode || !beyond(B, U - B.mode) ? ((lo[j] = edge(B, -1)), [j]) : [])).sort(
    (i, j) => lo[i] - lo[j],
  );
  if (order.length < 2) {
    if (order.length) P[order[0]] = 1;
    return P;
  }

  const m = order.length;
  const F = new Float64Array(m); // running distribution functions, from each window's start
  const g = new Float64Array(m * N); // densities at the panel's nodes
  const surv = new Float64Array(m * N); // 1 − F there
  const after = new Float64Array(m + 1);
  const rate = (u: number) => 1 / (1 + Math.exp(-u));
  // Whether a panel [t, t + h] resolves the densities of the first k steps: over it, each ln g_j bends by at
  // most reach² (its curvature is (a + b)·x(1 − x), x the rate at u, greatest nearest u = 0) and changes along
  // its slope a − (a + b)·x by at most slopeReach (that slope is monotone: largest in size at an end).
  const fits = (t: number, h: number, k: number) => {
    const ends = [rate(t), rate(t + h)];
    const bend = 1 / (4 * Math.cosh((t < 0 ? Math.min(0, t + h) : t) / 2) ** 2);
    return order.slice(0, k).every((j) => {
      const [a, b] = params[j];
      return (a + b) * bend * h * h <= reach * reach && ends.every((x) => Math.abs(a - (a + b) * x) * h <= slopeReach);
    });
  };
  for (let t = lo[order[0]]; t < U;) {
    // The steps whose window has begun by the panel's end take part (a density is tiny before its window).
    let h = U - t;
    let live: number;
    for (;;) {
      for (live = 0; live < m && lo[order[live]] < t + h;) live++;
      if (fits(t, h, live)) break;
      h /= 2;
    }
    const half = h / 2;
    for (let q = 0; q < live; q++) {
      const B = Bs[order[q]];
      // Each node's distance from this step's mode, from the panel's start: no rounding of the node itself.
      for (let k = 0; k < N; k++) g[q * N + k] = Math.exp(logitLogDensity(B, t - B.mode + half * (1 + x[k]))[0]);
      for (let k = 0; k < N; k++)
        surv[q * N + k] = Math.max(0, 1 - F[q] - half * S[k].reduce((s, Skr, r) => s + Skr * g[q * N + r], 0));
      F[q] += half * w.reduce((s, wk, k) => s + wk * g[q * N + k], 0);
    }
    for (let k = 0; k < N; k++) {
      // ∏_{j≠i} (1 − F_j) for each live i: the product of those before it times those after.
      after[live] = 1;
      for (let q = live - 1; q > 0; q--) after[q] = after[q + 1] * surv[q * N + k];
      let before = 1;
      for (let q = 0; q < live; q++) {
        P[order[q]] += half * w[k] * g[q * N + k] * before * after[q + 1];
        before *= surv[q * N + k];
      }
    }
    t += h;
  }
  return P;
}
