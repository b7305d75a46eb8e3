// The commands besides `check` that read or write whole workspaces: `export`, `report` and
// `annotate` (with its drafting code and the diff library). esbuild.mjs makes this a bundle of
// its own, dist/commands.js, that run.ts loads only when one of them runs, so that `check`
// starts without compiling a fifth of the CLI's code.
export { runExport } from './export/command';
export { runReport } from './html/command';
export { runAnnotate } from './annotate';
