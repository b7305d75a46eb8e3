// Limits every front end applies to its input, so no file makes a reader unbounded.

/**
 * The largest file the CLI reads, and the largest claimmark.yaml the server reads (whatever
 * claimmark.maxFileSize says of articles): a registry the CLI accepts must work in the editor too.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
