/**
 * A form's own members, read past the fields a page names after them. A form's fields are also its named properties
 * and win over its methods and attributes, in every world (`<input name="action">` makes `form.action` that input,
 * `<input name="getAttribute">` makes `form.getAttribute` no function), so the gate reads forms through the
 * prototypes. Called across realms (a same-origin frame's form) the browser's own accessors still apply.
 */
const elementsOf = Object.getOwnPropertyDescriptor(HTMLFormElement.prototype, 'elements')!.get!;
const actionOf = Object.getOwnPropertyDescriptor(HTMLFormElement.prototype, 'action')!.get!;
const { getAttribute, querySelector } = Element.prototype;

/** The form's fields (its `elements`). */
export function formFields(form: HTMLFormElement): Element[] {
  return Array.from(elementsOf.call(form) as HTMLFormControlsCollection);
}

/** Where the form sends, as the browser resolves it. */
export function formAction(form: HTMLFormElement): string {
  return actionOf.call(form) as string;
}

/** An attribute of an element that may be a form. */
export function attributeOf(element: Element, name: string): string | null {
  return getAttribute.call(element, name);
}

/** The first element matching `selector` in an element that may be a form. */
export function firstIn(element: Element, selector: string): Element | null {
  return querySelector.call(element, selector);
}
