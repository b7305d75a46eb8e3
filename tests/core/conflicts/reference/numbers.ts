// REFERENCE: the eager checker's numbers.ts is the live one (interval arithmetic that the
// compact checker did not change, and that names no entry type): shared, not copied. The
// other files here stay frozen copies because their types name the old ClaimEntry.
export * from '../../../../server/src/core/conflicts/numbers';
