import type { ComponentChildren } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  children: ComponentChildren;
}

/** A labelled control with its error right beside it, announced to screen readers. */
export function Field({ id, label, error, hint, children }: FieldProps) {
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {hint && !error ? <small class="hint">{hint}</small> : null}
      {error ? (
        <small class="error" id={`${id}-error`} role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}
