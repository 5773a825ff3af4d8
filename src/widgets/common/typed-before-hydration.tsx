import { useLayoutEffect, useRef, type InputHTMLAttributes } from 'react';

/**
 * A ref for a controlled field that reports, once, what the server-rendered
 * field holds when the island hydrates, if that differs from its state: the
 * reader may have typed (or ticked) before the code arrived. React keeps that
 * DOM value while hydrating but its state does not know it, so the figures
 * would ignore it and the next render would wipe it.
 */
function usePreHydration<T>(read: (el: HTMLInputElement) => T, current: T, report: (v: T) => void) {
  const ref = useRef<HTMLInputElement>(null);
  const first = useRef({ read, current, report });
  useLayoutEffect(() => {
    const { read, current, report } = first.current;
    const el = ref.current;
    if (!el) return;
    const shown = read(el);
    if (shown !== current) report(shown);
  }, []);
  return ref;
}

export const useTypedValue = (value: string, onChange: (v: string) => void) =>
  usePreHydration((el) => el.value, value, onChange);

export const useTypedChecked = (checked: boolean, onChange: (v: boolean) => void) =>
  usePreHydration((el) => el.checked, checked, onChange);

type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange'> & {
  value: string;
  onValue: (value: string) => void;
};

/** A controlled text input that keeps what was typed into it before hydration. */
export function TextInput({ value, onValue, ...rest }: TextInputProps) {
  const ref = useTypedValue(value, onValue);
  return (
    <input
      ref={ref}
      type="text"
      {...rest}
      value={value}
      onChange={(e) => onValue(e.currentTarget.value)}
    />
  );
}
