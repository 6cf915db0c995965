/**
 * The tour document's format lives in src/lib/tour-schema.ts, beside the link module that carries a
 * tour in `tourdata` (shared code may not import a feature); the tour feature reads it from here.
 */
export * from '../../../lib/tour-schema';
