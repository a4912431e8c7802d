#!/usr/bin/env python3
"""The third edition's expected figures, computed straight from SPEC section 2's definitions with mpmath at 30
digits, independently of src/core: test/core/third-edition.test.ts checks the core against the JSON this writes.

    /usr/bin/python3 test/core/reference/third-edition.py      # writes third-edition.json beside this file

CI does not run Python: the JSON is the fixture, committed. Regenerate it after changing a case here (it takes
about two minutes). Needs mpmath (Debian: python3-mpmath).

How each figure is found:
- bottleneck chances and P(B > A): P_i = int_0^1 f_i(x) prod_{j != i} (1 - F_j(x)) dx in the rate x itself,
  by 20-point Gauss-Legendre on a partition at every half standard deviation of every posterior that can be
  the smallest, F_j as the running integral of the density on the same partition (so mpmath's betainc, whose
  series does not converge at counts of 10^4 and up, is not needed; where it does converge, the two agree to
  1e-25: checked below); pieces touching 0 or 1, where a density may have an integrable pole, by tanh-sinh
  quadrature. P(B > A) also by Evan Miller's finite sum in exact rationals where the counts are small (the two
  agree to 1e-20: checked). Nothing here shares code or method with src/core (which integrates in the logit).
- Phi by mpmath.ncdf, its inverse by mpmath.erfinv, chi-square (1 degree of freedom) by mpmath.erfc.
- everything else by the SPEC's formulas, in mpmath numbers from the input's doubles (each taken exactly).
"""
import json
import math
import os
import re
import sys
import time
from fractions import Fraction

import mpmath as mp

mp.mp.dps = 30
HERE = os.path.dirname(os.path.abspath(__file__))
Z95 = mp.mpf('1.959963984540054')  # as the SPEC writes them: the core's constants
Z90 = mp.mpf('1.2815515655446004')
Z80 = mp.mpf('0.8416212335729143')
TINY = mp.mpf(10) ** -30


# ---------------------------------------------------------------------------------------------------------------
# Beta distributions and the chance that each of several is the smallest

def gl_nodes(m):
    """m-point Gauss-Legendre on [-1, 1] at the working precision (Newton on P_m)."""
    xs, ws = [], []
    for i in range(m):
        x = mp.cos(mp.pi * (i + mp.mpf(3) / 4) / (m + mp.mpf(1) / 2))
        for _ in range(100):
            p0, p1 = mp.mpf(1), x
            for k in range(2, m + 1):
                p0, p1 = p1, ((2 * k - 1) * x * p1 - (k - 1) * p0) / k
            dp = m * (x * p1 - p0) / (x * x - 1)
            dx = p1 / dp
            x -= dx
            if abs(dx) < mp.mpf(10) ** (-mp.mp.dps - 2):
                break
        xs.append(x)
        ws.append(2 / ((1 - x * x) * dp * dp))
    return xs, ws


GL = gl_nodes(20)


class Beta:
    def __init__(self, a, b):
        self.a, self.b = mp.mpf(a), mp.mpf(b)
        self.lb = mp.log(mp.beta(self.a, self.b))
        self.mean = self.a / (self.a + self.b)
        self.sd = mp.sqrt(self.a * self.b / ((self.a + self.b) ** 2 * (self.a + self.b + 1)))
        self.pts = sorted({p for o in (1, 2, 4, 8, 16, 32, 64, 128, 256)
                           for p in (self.mean - o * self.sd, self.mean + o * self.sd) if 0 < p < 1} | {self.mean})

    def pdf(self, x):
        if x <= 0 or x >= 1:
            return mp.mpf(0)
        return mp.exp((self.a - 1) * mp.log(x) + (self.b - 1) * mp.log1p(-x) - self.lb)

    def cdf(self, x):
        """F(x) by tanh-sinh quadrature of the density from the nearer end, split at the mean +- 1..256 sd."""
        if x <= 0:
            return mp.mpf(0)
        if x >= 1:
            return mp.mpf(1)
        if x <= self.mean:
            return mp.quad(self.pdf, [mp.mpf(0)] + [p for p in self.pts if p < x] + [x])
        return 1 - mp.quad(self.pdf, [x] + [p for p in self.pts if p > x] + [mp.mpf(1)])


def gl(f, lo, hi):
    xs, ws = GL
    h = (hi - lo) / 2
    return h * mp.fsum(w * f(lo + h * (1 + x)) for x, w in zip(xs, ws))


def quantile_edge(B, up, level):
    """A point beyond which (above if up, else below) B has less than `level` of its mass."""
    k = 8
    while True:
        x = B.mean + (k if up else -k) * B.sd
        if up and x >= 1:
            return mp.mpf(1)
        if not up and x <= 0:
            return mp.mpf(0)
        if (1 - B.cdf(x) if up else B.cdf(x)) < level:
            return x
        k *= 1.5


def min_chances(params, prune=TINY):
    """For independent X_j ~ Beta(a_j, b_j): P_i = int_0^1 f_i prod_{j != i} (1 - F_j), straight from the
    definition, in x. Above U (the least point with less than 1e-30 of some X_j's mass above it) the smallest
    lies with chance < 1e-30. A step with F_j(U) < `prune` has a chance below that and 1 - F_j > 1 - prune on
    [0, U]: it gets 0 and is left out of the products. The others: [L, U] (L below every one's 1e-30 point) cut
    at each one's mean +- 0, 1/2, ..., 10, 12, 16, ..., 256 sd; 20-point Gauss-Legendre on each piece, F_j at its
    nodes as F_j(L) plus the running integral (20-point Gauss-Legendre again from the piece's start); pieces
    touching 0 or 1 by tanh-sinh quadrature, nested."""
    Bs = [Beta(a, b) for a, b in params]
    U = min(quantile_edge(B, True, TINY) for B in Bs)
    live = [j for j, B in enumerate(Bs) if B.cdf(U) >= prune]
    P = [mp.mpf(0)] * len(Bs)
    if len(live) == 1:
        P[live[0]] = mp.mpf(1)
        return P
    L = min(quantile_edge(Bs[j], False, TINY) for j in live)
    offs = [mp.mpf(k) / 2 for k in range(0, 21)] + [12, 16, 24, 32, 48, 64, 128, 256]
    pts = {L, U}
    for j in live:
        B = Bs[j]
        for o in offs:
            for s in (-1, 1):
                p = B.mean + s * o * B.sd
                if L < p < U:
                    pts.add(p)
    pts = sorted(pts)
    F = {j: Bs[j].cdf(L) for j in live}
    xs, ws = GL
    for lo, hi in zip(pts, pts[1:]):
        if lo == 0 or hi == 1:
            def integrand(i, lo=lo):
                def f(u):
                    prod = mp.mpf(1)
                    for j in live:
                        if j != i:
                            prod *= 1 - F[j] - mp.quad(Bs[j].pdf, [lo, u])
                    return Bs[i].pdf(u) * prod
                return f
            for i in live:
                P[i] += mp.quad(integrand(i), [lo, hi])
            for j in live:
                F[j] += mp.quad(Bs[j].pdf, [lo, hi])
            continue
        h = (hi - lo) / 2
        nodes = [lo + h * (1 + x) for x in xs]
        dens = {j: [Bs[j].pdf(u) for u in nodes] for j in live}
        surv = {j: [1 - F[j] - gl(Bs[j].pdf, lo, u) for u in nodes] for j in live}
        for k in range(len(nodes)):
            pre = [mp.mpf(1)]
            for j in live:
                pre.append(pre[-1] * surv[j][k])
            suf = mp.mpf(1)
            for q in range(len(live) - 1, -1, -1):
                i = live[q]
                P[i] += h * ws[k] * dens[i][k] * pre[q] * suf
                suf *= surv[i][k]
        for j in live:
            F[j] += h * mp.fsum(w * d for w, d in zip(ws, dens[j]))
    return P


def miller_exact(xa, na, xb, nb):
    """P(theta_B > theta_A), theta ~ Beta(1 + x, 1 + n - x), by Evan Miller's finite sum in exact rationals:
    sum_{i < alpha_B} B(alpha_A + i, beta_A + beta_B) / ((beta_B + i) B(1 + i, beta_B) B(alpha_A, beta_A))."""
    aA, bA, aB, bB = 1 + xa, 1 + na - xa, 1 + xb, 1 + nb - xb
    fact = math.factorial

    def B(a, b):  # whole a, b
        return Fraction(fact(a - 1) * fact(b - 1), fact(a + b - 1))

    return sum(B(aA + i, bA + bB) / ((bB + i) * B(1 + i, bB) * B(aA, bA)) for i in range(aB))


# ---------------------------------------------------------------------------------------------------------------
# The funnel, from the SPEC's definitions

def ncdf(z):
    return mp.ncdf(z)


def nquantile(p):
    return mp.sqrt(2) * mp.erfinv(2 * mp.mpf(p) - 1)


def wilson(x, n, z):
    p = mp.mpf(x) / n
    k = z * z / n
    half = z * mp.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return ((p + k / 2 - half) / (1 + k), (p + k / 2 + half) / (1 + k))


def period(steps, before):
    """counts and rates of one period (SPEC 2: a count, or the count before x a rate; a rate 0 where no one
    entered the step before), and which steps gave a count."""
    ck, rk = ('previous', 'previousRate') if before else ('count', 'rate')
    counts, rates, given = [], [], []
    for i, s in enumerate(steps):
        if s.get(ck) is not None:
            c = mp.mpf(s[ck])
            r = (min(1, c / counts[-1]) if counts[-1] > 0 else mp.mpf(0)) if i else None
            given.append(True)
        else:
            r = mp.mpf(s[rk])
            c = counts[-1] * r
            given.append(False)
        counts.append(c)
        rates.append(r)
    return counts, rates, given


def sample_needed(p1, p2):
    pbar = (p1 + p2) / 2
    return (Z95 * mp.sqrt(2 * pbar * (1 - pbar)) + Z80 * mp.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / (p2 - p1) ** 2


def improved(r, u, mode):
    return min(1, max(0, r + u)) if mode == 'points' else min(1, r * (1 + u))


def rng(low, high):
    return {'low': low, 'high': high}


def funnel(inp):
    """The third edition's figures of one funnel (and the second edition's that it changes)."""
    steps = inp['steps']
    n = len(steps)
    mode = inp.get('mode', 'relative')
    deal = inp.get('dealValue')
    counts, rates, given = period(steps, False)
    measured = [i > 0 and given[i] and counts[i - 1] > 0 for i in range(n)]
    # sigma^2 over the measured steps: (1 - p)/(n p)
    zero = any(measured[i] and rates[i] == 0 for i in range(n))
    var = mp.fsum((1 - rates[i]) / (counts[i - 1] * rates[i]) for i in range(n) if measured[i] and rates[i] > 0)
    ids = [i for i in range(n) if measured[i]]
    chances = [None] * n
    if len(ids) > 1:
        P = min_chances([(counts[i] + mp.mpf(1) / 2, counts[i - 1] - counts[i] + mp.mpf(1) / 2) for i in ids])
        for i, p in zip(ids, P):
            chances[i] = p
    bottleneck = min(range(1, n), key=lambda i: (rates[i], i))
    rates_given = sum(1 for i in range(1, n) if not given[i])
    bchance = chances[bottleneck]
    # forecast
    imp = [s.get('improvement', 0) for s in steps]
    fc = counts[0] * (1 + mp.mpf(imp[0]))
    for i in range(1, n):
        fc *= improved(rates[i], mp.mpf(imp[i]), mode)
    C = counts[-1]

    def prediction(c):
        if c < 1 or zero:
            return None
        w = Z90 * mp.sqrt(var + 1 / c)
        return rng(c * mp.exp(-w), c * mp.exp(w))

    def money(r):
        return None if r is None or deal is None else rng(r['low'] * deal, r['high'] * deal)

    out_steps = []
    for i in range(n):
        st = {'bottleneckChance': chances[i]}
        if i:
            p1 = rates[i]
            p2 = improved(p1, mp.mpf(imp[i]), mode)
            if p2 != p1:
                sn = sample_needed(p1, p2)
                st['sampleNeeded'] = sn
                st['testPeriods'] = 2 * mp.ceil(sn) / counts[i - 1] if counts[i - 1] > 0 else None
                frac = sn - mp.floor(sn)
                assert min(frac, 1 - frac) > 1e-6, 'sampleNeeded too near a whole number to test its ceiling'
            else:
                st['sampleNeeded'] = None
                st['testPeriods'] = None
        out_steps.append(st)
    res = {
        'steps': out_steps,
        'bottleneck': bottleneck,
        'bottleneckChance': bchance,
        'bottleneckSure': bchance is not None and bchance >= mp.mpf('0.95') and rates_given == 0,
        'ratesGiven': rates_given,
        'baseline': {'customers': C, 'customersPrediction': prediction(C), 'revenuePrediction': money(prediction(C))},
        'forecast': {'customers': fc, 'customersPrediction': prediction(fc), 'revenuePrediction': money(prediction(fc))},
    }
    if inp.get('target') is not None:
        T = mp.mpf(inp['target'])
        want = T if deal is None else (T / deal if deal > 0 else mp.inf)
        after = [mp.mpf(1)] * n
        for i in range(n - 2, -1, -1):
            after[i] = after[i + 1] * rates[i + 1]
        imps = [None]
        for i in range(1, n):
            needed = want / (counts[i - 1] * after[i])
            if needed > 1:
                imps.append(None)
            elif mode == 'points':
                imps.append(needed - rates[i])
            else:
                imps.append(needed / rates[i] - 1 if rates[i] > 0 else None)
        pred = prediction(C)
        res['goal'] = {
            'stepImprovements': imps,
            'shortfallChance': ncdf(mp.log(want / C) / mp.sqrt(var + 1 / C)) if pred and want != mp.inf else None,
        }
    return res


def compare(inp):
    """SPEC 2, 'Two periods side by side'."""
    steps = inp['steps']
    n = len(steps)
    deal = inp.get('dealValue')
    counts, rates, given = period(steps, False)
    before, brates, bgiven = period(steps, True)
    both = [(counts[0] > 0 and before[0] > 0) if i == 0 else
            (given[i] and bgiven[i] and counts[i - 1] > 0 and before[i - 1] > 0) for i in range(n)]
    k = sum(both)
    zk = nquantile(1 - mp.mpf(0.025) / k) if k else None

    def interval(i, z):
        if i == 0:
            m = mp.log(counts[0] / before[0])
            e = z * mp.sqrt(1 / counts[0] + 1 / before[0])
            return (mp.exp(m - e) - 1, mp.exp(m + e) - 1)
        p, q = rates[i], brates[i]
        lp, up = wilson(counts[i], counts[i - 1], z)
        lq, uq = wilson(before[i], before[i - 1], z)
        d = p - q
        return (d - mp.sqrt((p - lp) ** 2 + (uq - q) ** 2), d + mp.sqrt((up - p) ** 2 + (q - lq) ** 2))

    C, Cp = counts[-1], before[-1]
    zero = counts[0] == 0 or before[0] == 0 or any(rates[i] == 0 or brates[i] == 0 for i in range(1, n))
    w = None if zero else (C if C == Cp else (C - Cp) / (mp.log(C) - mp.log(Cp)))
    out = []
    for i in range(n):
        iv = interval(i, zk) if both[i] else None
        verdict = None
        if iv:
            excl = lambda r: r[0] > 0 or r[1] < 0
            verdict = 'real' if excl(iv) else ('maybe' if excl(interval(i, Z95)) else 'noise')
        out.append({
            'previousCount': before[i],
            'previousRate': brates[i] if i else None,
            'change': (rates[i] - brates[i]) if i else (counts[0] / before[0] - 1 if before[0] > 0 else None),
            'interval': rng(*iv) if iv else None,
            'verdict': verdict,
            'contribution': None if w is None else w * mp.log((counts[0] / before[0]) if i == 0 else (rates[i] / brates[i])),
        })
    return {
        'steps': out,
        'previousCustomers': Cp,
        'previousRevenue': None if deal is None else Cp * deal,
        'extraCustomers': C - Cp,
        'extraRevenue': None if deal is None else (C - Cp) * deal,
        'tests': k,
    }


def ab_test(inp):
    """SPEC 2, 'A test's result'."""
    t = inp['test']
    s = t['step']
    split = mp.mpf(t.get('split', 0.5))
    nA, xA, nB, xB = (mp.mpf(v) for v in (t['a']['entrants'], t['a']['conversions'], t['b']['entrants'], t['b']['conversions']))
    rA = xA / nA if nA else mp.mpf(0)
    rB = xB / nB if nB else mp.mpf(0)
    lift = rB / rA - 1 if xA else None

    def lift_range(z):
        if not xA or not xB:
            return None
        m = mp.log(rB / rA)
        e = z * mp.sqrt(1 / xB - 1 / nB + 1 / xA - 1 / nA)
        return rng(mp.exp(m - e) - 1, mp.exp(m + e) - 1)

    P = min_chances([(1 + xA, 1 + nA - xA), (1 + xB, 1 + nB - xB)])[0]  # P(theta_A is the smaller)
    exact = None
    if t['b']['conversions'] + t['a']['conversions'] <= 400 and max(t['a']['entrants'], t['b']['entrants']) <= 2000:
        exact = miller_exact(t['a']['conversions'], t['a']['entrants'], t['b']['conversions'], t['b']['entrants'])
        assert abs(P - mp.mpf(exact.numerator) / exact.denominator) < mp.mpf(10) ** -20, (P, float(exact))
    N = nA + nB
    chi2 = (nB - N * split) ** 2 / (N * split) + (nA - N * (1 - split)) ** 2 / (N * (1 - split)) if N else None
    pval = mp.erfc(mp.sqrt(chi2 / 2)) if N else mp.mpf(1)
    counts, rates, _ = period(inp['steps'], False)
    n = len(counts)
    deal = inp.get('dealValue')
    ppy = inp.get('periodsPerYear')
    C = counts[-1]

    def customers_with(l):
        c = counts[s - 1] * min(1, rates[s] * (1 + l))
        for j in range(s + 1, n):
            c *= rates[j]
        return c

    withB = None
    if lift is not None:
        extra = customers_with(lift) - C
        r80 = lift_range(Z90)
        e80 = rng(customers_with(r80['low']) - C, customers_with(r80['high']) - C) if r80 else None
        withB = {
            'customers': C + extra,
            'revenue': None if deal is None else (C + extra) * deal,
            'extraCustomers': extra,
            'extraRevenue': None if deal is None else extra * deal,
            'extraCustomersPerYear': None if ppy is None else extra * ppy,
            'extraRevenuePerYear': None if ppy is None or deal is None else extra * deal * ppy,
            'extraCustomersRange80': e80,
            'extraRevenueRange80': None if e80 is None or deal is None else rng(e80['low'] * deal, e80['high'] * deal),
        }
    return {
        'step': s,
        'rateA': rA,
        'rateB': rB,
        'lift': lift,
        'liftInterval': lift_range(Z95),
        'liftRange80': lift_range(Z90),
        'chanceBBeatsA': P,
        'sampleRatioP': pval,
        'sampleRatioMismatch': pval < mp.mpf('0.001'),
        'tooSmall': nA < 100 or nB < 100 or xA < 25 or xB < 25,
        'withB': withB,
    }


# ---------------------------------------------------------------------------------------------------------------
# The cases

def counts_funnel(counts, **extra):
    return {'steps': [{'count': c} for c in counts], **extra}


ARTICLE = [1000, 400, 250, 120, 60, 20]
LABELS = ['Leads', 'Qualified leads', 'Engaged', 'Proposal made', 'Proposal discussed', 'Purchase']


def article(**extra):
    inp = {'steps': [{'label': l, 'count': c} for l, c in zip(LABELS, ARTICLE)], 'dealValue': 2500, 'periodsPerYear': 4}
    inp.update(extra)
    return inp


def hundred_steps():
    # 10^6 leads, 99 steps at 99.9 % but for nine at 90-90.4 %: nine posteriors 3e-4 wide, 0.05 points apart.
    steps = [{'count': 1e6}]
    c = 1e6
    for i in range(1, 100):
        r = 0.9 + 0.0005 * ((i * 7) % 9) if i % 11 == 0 else 0.999
        c = float(round(c * r))
        steps.append({'count': c})
    return {'steps': steps}


FUNNELS = {
    'article, +20 % at Proposal made, target 60,000': dict(article(target=60000), steps=[
        {'label': l, 'count': c, 'improvement': 0.2 if i == 3 else 0} for i, (l, c) in enumerate(zip(LABELS, ARTICLE))]),
    'article, points mode, +3 points at Purchase, target 55,000': dict(article(target=55000, mode='points'), steps=[
        {'label': l, 'count': c, 'improvement': 0.03 if i == 5 else 0} for i, (l, c) in enumerate(zip(LABELS, ARTICLE))]),
    'small: 20, 8, 3, 1': counts_funnel([20, 8, 3, 1], target=2),
    'under one customer: 40, 10, 0.6': counts_funnel([40, 10, 0.6], target=1),
    'large: 10^6 → 3.3·10^5 → 1.1·10^5 → 36,400': counts_funnel([1e6, 3.3e5, 1.1e5, 36400], dealValue=99.5, target=4e6),
    'large: 10^12 at rates near 40 %': counts_funnel([1e12, 4e11, 1.6e11 + 3e5, 6.4e10]),
    'huge: 10^15, three near-ties at 50 %': counts_funnel([1e15, 5e14, 2.5e14 - 1e7, 1.25e14]),
    'near 100 %: 10^15 − 1000, − 2000, − 2900': counts_funnel([1e15, 1e15 - 1000, 1e15 - 2000, 1e15 - 2900]),
    'zero counts: 100, 50, 0, 0': counts_funnel([100, 50, 0, 0]),
    'zero counts: 100, 0, 0 (one step measured)': counts_funnel([100, 0, 0]),
    'a zero among large: 10^6, 10^5, 0': counts_funnel([1e6, 1e5, 0]),
    'two steps: 1000, 30': counts_funnel([1000, 30], target=40),
    'two steps tied: 500, 250 and 250 of 500': counts_funnel([1000, 500, 250]),
    'rates given: 1000, 35 %, 70, 22 %': {'steps': [{'count': 1000}, {'rate': 0.35}, {'count': 70}, {'rate': 0.22, 'improvement': 0.5}],
                                          'dealValue': 10, 'target': 150},
    'every step at 100 %: 50, 50, 50, 20': counts_funnel([50, 50, 50, 20]),
    'fractional counts: 7.5, 3.25, 1.5': counts_funnel([7.5, 3.25, 1.5]),
    '100 steps, nine near-ties': hundred_steps(),
    'near-ties: 10,000, 5,010, 2,500, 1,255': counts_funnel([10000, 5010, 2500, 1255]),
    'a target reached exactly at 100 %': counts_funnel([100, 50, 10], target=50),
    'a revenue target at a deal value of 0': counts_funnel([100, 50, 10], target=50, dealValue=0),
}

PREVIOUS_ARTICLE = [900, 380, 230, 100, 55, 15]


def with_previous(inp, prev):
    steps = []
    for s, p in zip(inp['steps'], prev):
        s = dict(s)
        s['previousRate' if isinstance(p, str) else 'previous'] = float(p[:-1]) / 100 if isinstance(p, str) else p
        steps.append(s)
    return dict(inp, steps=steps)


COMPARES = {
    "article Q1 → Q2": with_previous(article(), PREVIOUS_ARTICLE),
    'a big rise at one step, 10^5 leads': with_previous(counts_funnel([1e5, 3e4, 6000, 1500], dealValue=40),
                                                        [1e5, 3.1e4, 4500, 1100]),
    'changes down, no deal value': with_previous(counts_funnel([800, 300, 90, 30]), [1000, 420, 150, 45]),
    'equal customers, parts that cancel': with_previous(counts_funnel([1000, 500, 100]), [1250, 500, 80]),
    'nothing changed': with_previous(counts_funnel([1000, 400, 100]), [1000, 400, 100]),
    'a zero count before: no contributions': with_previous(counts_funnel([1000, 400, 100]), [1000, 0, 0]),
    'a zero count now': with_previous(counts_funnel([500, 0, 0]), [400, 100, 20]),
    'rates given in both periods': with_previous(
        {'steps': [{'count': 2000}, {'rate': 0.3}, {'count': 300}, {'rate': 0.25}], 'dealValue': 1000},
        [1800, '28%', 260, '30%']),
    'a previous count at a step given as a rate': with_previous(
        {'steps': [{'count': 2000}, {'rate': 0.3}, {'count': 300}]}, [1800, 500, 240]),
    'two steps, large': with_previous(counts_funnel([1e9, 2.1e7]), [9e8, 1.8e7]),
}

TESTS = {
    'small: 3/10 vs 5/12': (article(), {'step': 5, 'a': {'entrants': 10, 'conversions': 3}, 'b': {'entrants': 12, 'conversions': 5}}),
    'medium: 30/60 vs 41/62 (the SPEC’s attribute example)': (
        article(), {'step': 4, 'a': {'entrants': 60, 'conversions': 30}, 'b': {'entrants': 62, 'conversions': 41}}),
    'large: 10,000 entrants each': (
        article(), {'step': 3, 'a': {'entrants': 10000, 'conversions': 4800}, 'b': {'entrants': 10000, 'conversions': 4950}}),
    'larger: 10^6 entrants each': (
        counts_funnel([1e7, 2e6, 5e5], dealValue=50, periodsPerYear=12),
        {'step': 2, 'a': {'entrants': 1000000, 'conversions': 250000}, 'b': {'entrants': 1000000, 'conversions': 251500}}),
    'zero conversions in A': (article(), {'step': 5, 'a': {'entrants': 200, 'conversions': 0}, 'b': {'entrants': 200, 'conversions': 4}}),
    'zero conversions in B': (article(), {'step': 5, 'a': {'entrants': 200, 'conversions': 6}, 'b': {'entrants': 200, 'conversions': 0}}),
    'a 70/30 split that ran 50/50: sample-ratio mismatch': (
        article(), {'step': 2, 'a': {'entrants': 1000, 'conversions': 600}, 'b': {'entrants': 1000, 'conversions': 640}, 'split': 0.3}),
    'an unbalanced split as planned': (
        article(), {'step': 2, 'a': {'entrants': 700, 'conversions': 420}, 'b': {'entrants': 300, 'conversions': 195}, 'split': 0.3}),
    "100/1000 vs 120/1000, also by Evan Miller's finite sum in exact rationals": (
        counts_funnel([5000, 1000, 100], dealValue=300), {'step': 2, 'a': {'entrants': 1000, 'conversions': 100}, 'b': {'entrants': 1000, 'conversions': 120}}),
    'a lift capped at 100 %': (
        counts_funnel([1000, 900, 450]), {'step': 1, 'a': {'entrants': 500, 'conversions': 300}, 'b': {'entrants': 500, 'conversions': 480}}),
    '120/200 vs 100/200: B behind': (
        article(), {'step': 2, 'a': {'entrants': 200, 'conversions': 120}, 'b': {'entrants': 200, 'conversions': 100}}),
    'rates near 0: 3 of 10^6 vs 9 of 10^6': (
        counts_funnel([1e8, 1e6, 5]), {'step': 2, 'a': {'entrants': 1000000, 'conversions': 3}, 'b': {'entrants': 1000000, 'conversions': 9}}),
}


# ---------------------------------------------------------------------------------------------------------------
# Special functions at assorted points, for the core's special.ts

def special_values():
    import random
    random.seed(20261207)
    out = {'lgamma': [], 'erfc': [], 'normCdf': [], 'normQuantile': [], 'betaInc': [], 'betaPdf': [], 'chi2Upper1': []}
    for x in [1e-10, 0.1, 0.5, 1.5, 2.5, 3.7, 9.99, 10.0, 12.3, 100.0, 1234.5, 1e6, 1e10, 1e15] + \
             [10 ** random.uniform(-3, 9) for _ in range(60)]:
        out['lgamma'].append([x, mp.loggamma(x)])
    for x in [0, 0.1, 0.5, 0.99, 1, 1.01, 1.5, 2, 3, 5, 10, 20, 26] + [random.uniform(-6, 26.5) for _ in range(80)]:
        out['erfc'].append([x, mp.erfc(x)])
    for z in [-37, -30, -20, -10, -5, -1.96, 0, 1, 5, 8] + [random.uniform(-37, 8) for _ in range(80)]:
        out['normCdf'].append([z, mp.ncdf(z)])
    for p in [1e-300, 1e-100, 1e-20, 1e-10, 0.00025, 0.001, 0.025, 0.05, 0.1, 0.3, 0.5, 0.7, 0.975, 0.999] + \
             [10 ** random.uniform(-300, -1) for _ in range(40)] + [random.random() for _ in range(40)]:
        with mp.workdps(40 + int(-mp.log10(p))):
            out['normQuantile'].append([p, mp.sqrt(2) * mp.erfinv(2 * mp.mpf(p) - 1)])
    for s in [0.001, 1, 3.841458820694124, 10.827566170662733, 100, 1000] + [10 ** random.uniform(-3, 3) for _ in range(30)]:
        out['chi2Upper1'].append([s, mp.erfc(mp.sqrt(mp.mpf(s) / 2))])
    for _ in range(80):
        a, b = 10 ** random.uniform(-0.3, 4), 10 ** random.uniform(-0.3, 4)
        m, sd = a / (a + b), math.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))
        x = min(max(m + random.uniform(-6, 6) * sd, 1e-12), 1 - 1e-12)
        B = Beta(a, b)
        out['betaInc'].append([x, a, b, B.cdf(mp.mpf(x))])
        out['betaPdf'].append([x, a, b, B.pdf(mp.mpf(x))])
    # Where mpmath's own betainc converges, it and the quadrature above agree.
    for x, a, b, v in out['betaInc'][:20]:
        try:
            w = mp.betainc(a, b, 0, x, regularized=True)
        except Exception:
            continue
        assert abs(w - v) < mp.mpf(10) ** -25 * max(1, abs(v)), (x, a, b, v, w)
    return out


# ---------------------------------------------------------------------------------------------------------------

def plain(v):
    """mpmath numbers to floats (nearest double), recursively; booleans and None as they are."""
    if isinstance(v, dict):
        return {k: plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    if isinstance(v, (mp.mpf, Fraction)):
        f = float(v)
        assert math.isfinite(f)
        return f
    return v


def main():
    t0 = time.time()
    data = {'about': __doc__.strip().split('\n\n')[0].replace('\n', ' '), 'special': None, 'funnels': [], 'compare': [], 'tests': []}
    data['special'] = plain(special_values())
    print('special functions', round(time.time() - t0), 's', file=sys.stderr)
    for name, inp in FUNNELS.items():
        data['funnels'].append({'name': name, 'input': inp, 'expected': plain(funnel(inp))})
        print('funnel:', name, round(time.time() - t0), 's', file=sys.stderr)
    for name, inp in COMPARES.items():
        data['compare'].append({'name': name, 'input': inp, 'expected': {'compare': plain(compare(inp))}})
        print('compare:', name, round(time.time() - t0), 's', file=sys.stderr)
    for name, (inp, test) in TESTS.items():
        inp = dict(inp, test=test)
        data['tests'].append({'name': name, 'input': inp, 'expected': {'test': plain(ab_test(inp))}})
        print('test:', name, round(time.time() - t0), 's', file=sys.stderr)
    text = json.dumps(data, indent=1, ensure_ascii=False, allow_nan=False)
    # A list of plain numbers (a row of special-function values) on one line.
    text = re.sub(r'\[\s*(-?[0-9][^\[\]{}"]*?)\s*\]', lambda m: '[' + re.sub(r',\s+', ', ', m.group(1)) + ']', text)
    with open(os.path.join(HERE, 'third-edition.json'), 'w') as f:
        f.write(text + '\n')


if __name__ == '__main__':
    main()
