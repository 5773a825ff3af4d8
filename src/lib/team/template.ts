// The team CSV's columns for a scorecard (the template itself is team-csv.ts).
import type { Field, Scorecard } from '../scoring/types.ts';

/** What a column of the team CSV holds. */
export type TeamColumn =
  | { kind: 'name'; header: string }
  | { kind: 'indicator'; header: string; id: string; field: Field }
  | { kind: 'deduction'; header: string; id: string };

export const NAME_HEADER = '姓名';

/**
 * The columns of a sheet, in template order: 姓名; per indicator
 * `<label>计划(<unit>)` and `<label>实际(<unit>)` for a ratio, `<label>(%)`
 * for a percent and `<label>(分)` for a score; then each deduction's label.
 */
export function templateColumns(card: Scorecard): TeamColumn[] {
  const cols: TeamColumn[] = [{ kind: 'name', header: NAME_HEADER }];
  for (const ind of card.indicators) {
    if (ind.kind === 'ratio') {
      const unit = ind.unit ? `(${ind.unit})` : '';
      cols.push({
        kind: 'indicator',
        header: `${ind.label}计划${unit}`,
        id: ind.id,
        field: 'plan',
      });
      cols.push({
        kind: 'indicator',
        header: `${ind.label}实际${unit}`,
        id: ind.id,
        field: 'actual',
      });
    } else {
      const unit = ind.kind === 'percent' ? '(%)' : '(分)';
      cols.push({ kind: 'indicator', header: `${ind.label}${unit}`, id: ind.id, field: 'value' });
    }
  }
  for (const d of card.deductions) cols.push({ kind: 'deduction', header: d.label, id: d.id });
  return cols;
}

/** The header row of the team CSV for a sheet (see templateColumns). */
export function templateHeaders(card: Scorecard): string[] {
  return templateColumns(card).map((c) => c.header);
}

/** A plausible example value for a column: at the pass line where the sheet has one. */
function exampleValue(card: Scorecard, col: TeamColumn): string {
  if (col.kind === 'name') return '张三(示例)';
  if (col.kind === 'deduction') return '0';
  const ind = card.indicators.find((i) => i.id === col.id)!;
  if (col.field === 'plan') return '100';
  if (col.field === 'actual') return String(ind.levels?.pass ?? 100);
  return String(ind.levels?.pass ?? 80);
}

/** The template's example row, a value a column (see exampleValue). */
export function exampleRow(card: Scorecard): string[] {
  return templateColumns(card).map((c) => exampleValue(card, c));
}
