/**
 * What an element really is, read from the page for the confirmation gate: the gate judges the element and its
 * form, not the model's description of them.
 */
export interface ElementFacts {
  role: string;
  name: string;
  tag: string;
  type?: string;
  /** The form an activation would submit, when there is one. */
  /** `submitter`: for a field, the name of the default button, which Enter there presses. */
  form?: { action: string; method: string; hasPassword: boolean; fieldNames: string[]; submitter?: string };
  href?: string;
  download?: boolean;
  /** A text field or editor: keys type into it rather than activate it. */
  editable?: boolean;
  /** What else it says besides its accessible name: its visible text, tooltip and description (a name can lie). */
  labels?: string;
  /**
   * The choices a key, click or value can move it to ("text (value)"): a select's options, its radio group's, or the
   * radio buttons it holds; ending with CHOICES_CUT when there were more than were read.
   */
  choices?: string[];
  /** For the focus: the document's elements with an access key (a chord with Alt presses them wherever the focus is). */
  accessKeys?: Array<{ key: string; name: string }>;
  /** What surrounds it: the enclosing dialog's title, the form's name, the nearest heading before it. */
  context?: string;
  /** The text right around it (its nearest ancestors' text), for a bare "Yes" or "OK" in an unmarked panel. */
  nearby?: string;
  /** Where the element is in the top frame's viewport (CSS pixels); absent inside frames. */
  rect?: { x: number; y: number; width: number; height: number };
  /**
   * The URL of the document holding the element when that is a same-origin child frame's (with a URL of its own),
   * not the answering frame's: keys and values go there, so a secret is checked against it.
   */
  documentUrl?: string;
}

/** The last choice of a list cut short: what lies past it was not read, so a value may land on a choice never judged. */
export const CHOICES_CUT = '\u2026 more choices, not read';
