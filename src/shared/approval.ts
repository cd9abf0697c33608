/**
 * A high-stakes action held for a person's yes, as the worker publishes it in `TaskState.pending`. `action` and
 * `reason` are always there (SDK callers and older pages read only those); the other fields let the panel say what
 * will happen, where and why in its own words, and show the element.
 */
export interface ApprovalRequest {
  kind: 'confirmation';
  id: string;
  /** The action in one line, e.g. `Click button "Delete account" on https://example.com`. */
  action: string;
  /** Why it is held, in the classifier's words. */
  reason?: string;
  /** What kind of stakes: payment, send, delete, account, form_submit, download, action (policy "always"), script, upload. */
  category?: string;
  /** The browser member the agent called, e.g. `left_click`. */
  member?: string;
  /** The origin the action happens on. */
  site?: string;
  /** The element acted on, as the page describes it (never the model's words). */
  target?: { role: string; name: string };
  /** The same element in one line, e.g. `button "Delete account"`, for SDK callers. */
  element?: string;
  /** What the model said it was doing in the same turn. */
  intent?: string;
  /** A JPEG data URL of the element and what surrounds it, outlined; absent when it could not be taken. */
  picture?: string;
  /** Why there is no picture: the page shows a secret value, or its text could not be checked for one. */
  pictureWithheld?: string;
}
