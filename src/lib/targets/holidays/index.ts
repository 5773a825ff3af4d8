// Every year of public holidays the handbook has a notice for. To add a year,
// see docs/working-days.md: one file a year, transcribed from its notice.
import { CN_2024 } from './cn-2024.ts';
import { CN_2025 } from './cn-2025.ts';
import { CN_2026 } from './cn-2026.ts';
import type { HolidayYear } from './types.ts';

export type { HolidaySource, HolidayYear } from './types.ts';

export const CN_HOLIDAY_YEARS: readonly HolidayYear[] = [CN_2024, CN_2025, CN_2026];
