import type { Scorecard } from '../../schemas/scorecard.ts';
import type { Level } from '../../schemas/levels.ts';
import type { ErrorCode, WarningCode } from './errors.ts';

export type { Level, Scorecard };
export type Indicator = Scorecard['indicators'][number];
export type Deduction = Scorecard['deductions'][number];

/** What a person typed, field by field; strings as typed, or numbers. */
export type Raw = string | number | null | undefined;
export interface ScorecardInputs {
  indicators: Record<string, { plan?: Raw; actual?: Raw; value?: Raw }>;
  deductions?: Record<string, Raw>;
  /** Overrides the sheet's weights (percentage points). */
  weights?: Record<string, Raw>;
}

export type Field = 'plan' | 'actual' | 'value';

export interface IndicatorResult {
  id: string;
  status: 'ok' | 'empty' | 'invalid';
  /** The first error of the row; `fieldErrors` says which field. */
  error?: ErrorCode;
  fieldErrors: Partial<Record<Field, ErrorCode>>;
  warnings: WarningCode[];
  /** Completion rate (ratio) or value, rounded to 2 decimals. */
  x?: number;
  level?: Level;
  points?: number;
  weight: number;
  weighted?: number;
  /** The arithmetic in Chinese, one sentence a step. */
  steps: string[];
}

export interface DeductionResult {
  id: string;
  status: 'ok' | 'empty' | 'invalid';
  error?: ErrorCode;
  count?: number;
  deduction?: number;
  steps: string[];
}

export interface WeightsResult {
  sum: number;
  valid: boolean;
  missing: number;
  hint?: 'looks-like-fractions';
  normalized: boolean;
  /** Weights used for the total: the typed ones, or rescaled to 100 when asked. */
  effective: Record<string, number>;
  errors: Record<string, ErrorCode>;
}

export interface ScorecardResult {
  status: 'ok' | 'incomplete' | 'invalid' | 'invalid-weights';
  indicators: IndicatorResult[];
  deductions: DeductionResult[];
  weights: WeightsResult;
  total?: number;
  totalRaw?: number;
  grade?: string;
  level?: Level;
  /** The steps of the total: weighted sum, deductions, total, grade. */
  steps: string[];
}
