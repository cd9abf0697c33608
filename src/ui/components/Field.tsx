import type { ComponentChildren } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ComponentChildren;
  /** Controls that act on the field (mode switches, templates), shown on the label's line. */
  actions?: ComponentChildren;
  children: ComponentChildren;
}

/** A labelled control with its error right beside it, announced to screen readers. */
export function Field({ id, label, error, hint, actions, children }: FieldProps) {
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <div class="field-head">
        <label for={id}>{label}</label>
        {actions ? <div class="field-actions">{actions}</div> : null}
      </div>
      {children}
      {hint && !error ? (
        <small class="hint" id={`${id}-hint`}>
          {hint}
        </small>
      ) : null}
      {error ? (
        <small class="error" id={`${id}-error`} role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}

/** ARIA that ties a control to the error Field shows for it. */
export function describedBy(id: string, error: string | undefined) {
  return error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
}
