import type { ReactNode } from 'react';

interface Props<T extends string> {
  name: string;
  legend: string;
  value: T;
  options: [T, string][];
  onChange: (v: T) => void;
  children?: ReactNode;
}

/** A group of radio buttons with its legend, and what the choice opens below it. */
export function Choice<T extends string>(p: Props<T>) {
  return (
    <fieldset className="tb-group">
      <legend>{p.legend}</legend>
      <div className="tb-choices">
        {p.options.map(([v, text]) => (
          <label key={v} className="tb-choice">
            <input
              type="radio"
              name={p.name}
              value={v}
              checked={p.value === v}
              onChange={() => p.onChange(v)}
            />
            {text}
          </label>
        ))}
      </div>
      {p.children}
    </fieldset>
  );
}
