import type { ComponentChildren } from 'preact';

interface CheckboxFieldProps {
  id: string;
  checked: boolean;
  hint: string;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
}

/** A labelled checkbox with its explanation read out with it. */
export function CheckboxField({ id, checked, hint, onChange, children }: CheckboxFieldProps) {
  return (
    <div class="field">
      <label class="checkbox">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange((event.target as HTMLInputElement).checked)}
        />
        {children}
      </label>
      <small class="hint" id={`${id}-hint`}>
        {hint}
      </small>
    </div>
  );
}
