import type { ReactNode } from 'react';
import { TextInput } from './typed-before-hydration.tsx';

interface Props {
  id: string;
  label: ReactNode;
  /** Read before the label by screen readers only: the row the field belongs to. */
  hiddenPrefix?: ReactNode;
  /** What the user typed, shown as typed (never reformatted). */
  value: string;
  /** Shown under the input and tied to it; also marks the input invalid. */
  error?: string | undefined;
  /** Marks the input invalid when the message is elsewhere (one message for several fields). */
  invalid?: boolean | undefined;
  /** Ids of other text that describes the field: a hint, a rule, a live total, a shared error. */
  describedBy?: string | undefined;
  inputMode?: 'decimal' | 'numeric';
  placeholder?: string | undefined;
  onChange: (value: string) => void;
}

/**
 * A labelled text field for a number, with its error inline: the error is
 * `<id>-err`, named by aria-describedby, and the input carries aria-invalid.
 * type="text" rather than "number" so 1,050, ９５ and 95% reach the parser as typed;
 * what the reader typed before the island hydrated is kept and counted.
 */
export function NumberField(p: Props) {
  const errId = `${p.id}-err`;
  const described = [p.error ? errId : '', p.describedBy ?? ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={p.id}>
        {p.hiddenPrefix && <span className="visually-hidden">{p.hiddenPrefix} </span>}
        {p.label}
      </label>
      <TextInput
        id={p.id}
        inputMode={p.inputMode ?? 'decimal'}
        autoComplete="off"
        value={p.value}
        placeholder={p.placeholder}
        aria-invalid={p.error || p.invalid ? true : undefined}
        aria-describedby={described || undefined}
        onValue={p.onChange}
      />
      {p.error && (
        <p id={errId} className="field-error">
          {p.error}
        </p>
      )}
    </div>
  );
}
