import { useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { formatNumber } from '../../lib/scoring/index.ts';
import type {
  ErrorCode,
  Field,
  Scorecard,
  ScorecardResult,
  SheetState,
} from '../../lib/scoring/index.ts';
import { TextInput } from '../common/typed-before-hydration.tsx';
import { Fill } from '../common/words.tsx';
import { useGraderText } from './grader-text.tsx';
import { standardOf } from './standard.ts';
import { SheetHead } from './SheetHead.tsx';

/** The columns that hold inputs, numbered as in 004's 考核表 (0 = 序号). */
const PLAN = 3;
const ACTUAL = 4;
const WEIGHT = 6;
const INPUT_COLS = [PLAN, ACTUAL, WEIGHT];

interface Props {
  uid: string;
  card: Scorecard;
  /** The sheet's title as the page shows it. */
  title: string;
  state: SheetState;
  result: ScorecardResult;
  weightError: (id: string) => string | undefined;
  onField: (id: string, field: Field, value: string) => void;
  onWeight: (id: string, value: string) => void;
  onDeduction: (id: string, value: string) => void;
}

interface Cell {
  label: string;
  value: string;
  error: string | undefined;
  set: (v: string) => void;
}

const shown = (code: ErrorCode | undefined) => (code && code !== 'empty' ? code : undefined);

/**
 * The sheet as 004's 考核表 lays it out, one row an indicator: 序号, 指标, 标准,
 * 计划, 实际, 完成率, 权重, 得分. The inputs are one Tab stop; the arrow keys move
 * between them as in a spreadsheet, and a column pasted from Excel or WPS
 * fills the cells below. Same state as the stacked form.
 */
export function SheetGrid(p: Props) {
  const { card, state, result, uid } = p;
  const { t, fill, error, name, nameText, text, level } = useGraderText();
  const table = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<[number, number]>([
    0,
    card.indicators[0]?.kind === 'ratio' ? PLAN : ACTUAL,
  ]);
  const [said, setSaid] = useState('');

  // Each row's input cells by column: what the keys move between and a paste fills.
  const rows: Partial<Record<number, Cell>>[] = [
    ...card.indicators.map((ind, i) => {
      const r = result.indicators[i]!;
      const unit = ind.unit ? fill(t.unit, { unit: ind.unit }) : '';
      const f = state.fields[ind.id]!;
      const label = nameText(ind);
      const err = (field: Field) => {
        const code = shown(r.fieldErrors[field]);
        return code ? error(code) : undefined;
      };
      const cells: Partial<Record<number, Cell>> = {
        [WEIGHT]: {
          label: `${label} ${t.weightPct}`,
          value: state.weights[ind.id] ?? '',
          error: p.weightError(ind.id),
          set: (v) => p.onWeight(ind.id, v),
        },
      };
      if (ind.kind === 'ratio') {
        cells[PLAN] = {
          label: `${label} ${t.plan}${unit}`,
          value: f.plan,
          error: err('plan'),
          set: (v) => p.onField(ind.id, 'plan', v),
        };
        cells[ACTUAL] = {
          label: `${label} ${t.actual}${unit}`,
          value: f.actual,
          error: err('actual'),
          set: (v) => p.onField(ind.id, 'actual', v),
        };
      } else
        cells[ACTUAL] = {
          label: `${label} ${ind.kind === 'percent' ? t.valuePct : t.score}`,
          value: f.value,
          error: err('value'),
          set: (v) => p.onField(ind.id, 'value', v),
        };
      return cells;
    }),
    ...card.deductions.map((d, i) => {
      const r = result.deductions[i]!;
      const bad = r.status === 'invalid' ? r.error : undefined;
      return {
        [ACTUAL]: {
          label: fill(t.times, { label: d.label }),
          value: state.deductions[d.id] ?? '',
          error: bad
            ? error(bad, bad === 'out-of-range' ? { min: 0, max: d.maxCount } : undefined)
            : undefined,
          set: (v: string) => p.onDeduction(d.id, v),
        },
      };
    }),
  ];

  const cellId = (r: number, c: number) => `${uid}-g${r}-${c}`;
  const focusCell = (r: number, c: number) => {
    const el = table.current?.querySelector<HTMLInputElement>(`#${CSS.escape(cellId(r, c))}`);
    if (!el) return;
    setActive([r, c]);
    el.focus();
    el.select();
  };
  /** The next row up or down that has an input in column c. */
  const rowFrom = (r: number, c: number, step: number) => {
    for (let k = r + step; k >= 0 && k < rows.length; k += step) if (rows[k]![c]) return k;
    return undefined;
  };
  const colFrom = (r: number, c: number, step: number) =>
    (step > 0 ? INPUT_COLS : [...INPUT_COLS].reverse()).find(
      (k) => (step > 0 ? k > c : k < c) && rows[r]![k],
    );

  const onKey = (e: KeyboardEvent<HTMLInputElement>, r: number, c: number) => {
    const el = e.currentTarget;
    const atStart = el.selectionStart === 0 && el.selectionEnd === 0;
    const atEnd = el.selectionStart === el.value.length && el.selectionEnd === el.value.length;
    let to: [number, number] | undefined;
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown' || e.key === 'Enter') {
      const k = rowFrom(r, c, e.key === 'ArrowUp' ? -1 : 1);
      if (k !== undefined) to = [k, c];
    } else if ((e.key === 'ArrowLeft' && atStart) || (e.key === 'ArrowRight' && atEnd)) {
      const k = colFrom(r, c, e.key === 'ArrowLeft' ? -1 : 1);
      if (k !== undefined) to = [r, k];
    }
    if (!to) return;
    e.preventDefault();
    focusCell(...to);
  };

  // Rows of numbers copied from a spreadsheet: one line a row, tabs between columns.
  const onPaste = (e: ClipboardEvent<HTMLInputElement>, r: number, c: number) => {
    const text = e.clipboardData.getData('text/plain').replace(/\r\n?/g, '\n').replace(/\n+$/, '');
    if (!/[\n\t]/.test(text)) return;
    e.preventDefault();
    let row: number | undefined = r;
    let filled = 0;
    let dropped = 0;
    for (const line of text.split('\n')) {
      let col: number | undefined = c;
      for (const value of line.split('\t')) {
        const cell = row === undefined || col === undefined ? undefined : rows[row]![col];
        if (cell) {
          cell.set(value.trim());
          filled++;
        } else dropped++;
        col = row === undefined || col === undefined ? undefined : colFrom(row, col, 1);
      }
      row = row === undefined ? undefined : rowFrom(row, c, 1);
    }
    setSaid(
      fill(t.pasted, { n: filled }) + (dropped ? fill(t.dropped, { n: dropped }) : t.pastedEnd),
    );
  };

  const input = (r: number, c: number) => {
    const cell = rows[r]![c];
    if (!cell) return <span className="muted">—</span>;
    const id = cellId(r, c);
    const [ar, ac] = active;
    return (
      <>
        <TextInput
          id={id}
          inputMode="decimal"
          autoComplete="off"
          aria-label={cell.label}
          aria-invalid={cell.error ? true : undefined}
          aria-describedby={cell.error ? `${id}-err` : undefined}
          tabIndex={ar === r && ac === c ? 0 : -1}
          value={cell.value}
          onValue={cell.set}
          onFocus={() => setActive([r, c])}
          onKeyDown={(e) => onKey(e, r, c)}
          onPaste={(e) => onPaste(e, r, c)}
        />
        {cell.error && (
          <span id={`${id}-err`} className="field-error">
            {cell.error}
          </span>
        )}
      </>
    );
  };

  const n = card.indicators.length;
  return (
    <div className="sheet-grid-wrap">
      <p id={`${uid}-grid-help`} className="muted grid-help">
        {t.gridHelp}
      </p>
      <table
        ref={table}
        className="sheet-grid"
        role="grid"
        aria-label={fill(t.grid, { title: p.title })}
        aria-describedby={`${uid}-grid-help`}
      >
        <SheetHead heads={t.head} />
        <tbody>
          {card.indicators.map((ind, i) => {
            const r = result.indicators[i]!;
            return (
              <tr key={ind.id}>
                <td className="num">{i + 1}</td>
                <th scope="row">{name(ind)}</th>
                <td className="std">{text(standardOf(ind, t))}</td>
                <td>{input(i, PLAN)}</td>
                <td>{input(i, ACTUAL)}</td>
                <td className="num">
                  {r.x === undefined
                    ? ''
                    : `${formatNumber(r.x)}${ind.kind === 'score' ? t.pointsAfter : '%'}`}
                  {r.level && <span className={`level level-${r.level}`}>{level(r.level)}</span>}
                </td>
                <td>{input(i, WEIGHT)}</td>
                <td className="num">{r.weighted === undefined ? '' : formatNumber(r.weighted)}</td>
              </tr>
            );
          })}
          {card.deductions.map((d, i) => {
            const r = result.deductions[i]!;
            return (
              <tr key={d.id}>
                <td className="num">{n + i + 1}</td>
                <th scope="row">
                  <Fill template={t.deduction} slots={{ label: name(d) }} />
                </th>
                <td className="std">
                  <Fill
                    template={t.rule}
                    slots={{
                      allowance: d.allowance,
                      perUnit: d.perUnit,
                      max: d.max,
                      perUnitMark: d.perUnitBasis?.assumption && (
                        <span className="assumption">{t.assumption}</span>
                      ),
                      maxMark: d.maxBasis?.assumption && (
                        <span className="assumption">{t.assumption}</span>
                      ),
                    }}
                  />
                </td>
                <td>
                  <span className="muted">—</span>
                </td>
                <td>{input(n + i, ACTUAL)}</td>
                <td />
                <td />
                <td className="num">
                  {r.status === 'ok' && r.deduction ? `−${formatNumber(r.deduction)}` : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={6}>
              {t.sum}
            </th>
            <td className="num">{formatNumber(result.weights.sum)}</td>
            <td className="num">{result.total === undefined ? '' : formatNumber(result.total)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
