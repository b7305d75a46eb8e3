// The part of zod the schemas use, imported by name. `import { z } from 'zod'` is a namespace
// object that keeps every locale and the JSON-schema converters in the bundle (45% of
// dist/cli.js, compiled on every start of `claimmark check`); named re-exports let esbuild drop
// them. Error messages are unchanged: zod registers English on the first schema it builds.
// Use as `import * as z from '../base/zod'`.
export { array, boolean, enum, number, object, preprocess, record, strictObject, string, unknown, ZodType } from 'zod';
export type { infer, output } from 'zod';
