// The plugin's types name `./browser/commands.mjs`, for which TypeScript looks for a `commands.d.mts` the package
// does not ship (0.10.0): its browser command, as `browser/commands.d.ts` declares it.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
