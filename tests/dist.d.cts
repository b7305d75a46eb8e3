// Types of tests/dist.cjs for the TypeScript tests that import it.
/** The bundles under `root` that are missing or older than a source file (empty when all are fresh). */
export function staleBundles(root: string): string[];
/** Rebuilds dist/ with esbuild.mjs when a bundle is stale; throws when the build fails or leaves one stale. */
export function ensureFreshDist(root: string): void;
