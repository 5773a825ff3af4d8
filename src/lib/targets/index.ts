// The target breakdown's public API. Pure TypeScript: no DOM, UI framework or Astro.
export * from './calendar.ts';
export * from './breakdown.ts';
export * from './form.ts';
