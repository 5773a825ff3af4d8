// The target breakdown's public API. Pure TypeScript: no DOM, UI framework or Astro.
export * from './calendar.ts';
export * from './breakdown.ts';
export * from './form.ts';
export * from './working-calendar.ts';
export { CN_HOLIDAY_YEARS, type HolidaySource, type HolidayYear } from './holidays/index.ts';
