/**
 * The fast-check options every property under test/core spreads into its `fc.assert`, after its `numRuns`.
 * Empty: each run draws its own seed (fast-check's default). Set `seed` here to replay one run everywhere.
 */
export const seedOptions: { seed?: number } = {};
