// The target breakdown's public API. Pure TypeScript: no DOM, React or Astro.
export { allocate } from './largest-remainder.ts';
export * from './calendar.ts';
export * from './breakdown.ts';
export * from './form.ts';
