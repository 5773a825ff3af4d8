import type { Scorecard as ScorecardEntry } from '../../schemas/scorecard.ts';
import type { Level as GradeLevel } from '../../schemas/levels.ts';
import type { ErrorCode, WarningCode } from './errors.ts';

/** 优秀 / 合格 / 不合格: the level a figure or a total reaches (not a target breakdown's level). */
export type { GradeLevel };
/**
 * A sheet as the engine and the graders read it: a content entry of
 * content/scorecards, whose sources and list of assumptions stay on its pages.
 */
export type Scorecard = Omit<ScorecardEntry, 'assumptions' | 'source' | 'role' | 'order'>;
export type Indicator = Scorecard['indicators'][number];
export type Deduction = Scorecard['deductions'][number];

/** One field as a person typed it: a string (or a number from code); empty is null, undefined or "". */
export type Raw = string | number | null | undefined;
/** The fields of a row: plan and actual for a ratio, value for a percent or score. */
export type Field = 'plan' | 'actual' | 'value';

/** What a person typed into a scorecard, by indicator and deduction id. */
export interface ScorecardInputs {
  indicators: Record<string, { plan?: Raw; actual?: Raw; value?: Raw }>;
  deductions?: Record<string, Raw>;
  /** Overrides the sheet's weights (percentage points: 40 means 40%). */
  weights?: Record<string, Raw>;
}

export interface GradeOptions {
  /** Rescale the weights to total 100 (only when the person asks). */
  normalizeWeights?: boolean;
}

export interface IndicatorResult {
  id: string;
  /** `ok` when measured; `empty` when a field is not filled; `invalid` when a field is refused. */
  status: 'ok' | 'empty' | 'invalid';
  /** The row's first refusal (or `empty`); `fieldErrors` says which field. */
  error?: ErrorCode;
  fieldErrors: Partial<Record<Field, ErrorCode>>;
  warnings: WarningCode[];
  /** Completion rate in % (ratio) or the typed value (percent, score), rounded to 2 decimals. */
  x?: number;
  /** The parsed plan and actual of a measured ratio row. */
  plan?: number;
  actual?: number;
  /** The parsed value of a measured percent or score row, before rounding. */
  typed?: number;
  level?: GradeLevel;
  /** Points on the indicator's scale (0–100, up to the cap for ratio-linear), unrounded. */
  points?: number;
  /** The weight used (percentage points): the sheet's, the typed one, or rescaled. */
  weight: number;
  /** points × weight / 100, unrounded. */
  weighted?: number;
}

export interface DeductionResult {
  id: string;
  status: 'ok' | 'empty' | 'invalid';
  error?: ErrorCode;
  count?: number;
  deduction?: number;
}

export interface WeightsResult {
  /** The weights' total, rounded to 2 decimals (of the valid ones when some are refused). */
  sum: number;
  /** The sum is 100 (or was rescaled to 100) and no weight is refused. */
  valid: boolean;
  /** 100 − sum: what is missing; negative when the weights total more than 100. */
  missing: number;
  hint?: 'looks-like-fractions';
  normalized: boolean;
  /** The weights used for the total: the typed ones, or rescaled to 100 when asked. */
  effective: Record<string, number>;
  /** Typed weights that were refused, by indicator id. */
  errors: Record<string, ErrorCode>;
}

export interface ScorecardResult {
  status: 'ok' | 'incomplete' | 'invalid' | 'invalid-weights';
  indicators: IndicatorResult[];
  deductions: DeductionResult[];
  weights: WeightsResult;
  /** round2(totalRaw): the displayed total, from which the grade comes. Only when `ok`. */
  total?: number;
  /** min(maxTotal, max(0, Σ weighted − Σ deductions)), unrounded. Only when `ok`. */
  totalRaw?: number;
  grade?: string;
  level?: GradeLevel;
}
