import { formFields } from '../unshadowed';

/** A button that submits its form when activated (its formaction and formmethod apply to that submission). */
export function isSubmitButton(element: Element): element is HTMLButtonElement | HTMLInputElement {
  // By tag, not instanceof: an element of a same-origin child frame belongs to that frame's realm.
  const type = (element as HTMLInputElement).type;
  if (element.localName === 'button') return type === 'submit';
  return element.localName === 'input' && (type === 'submit' || type === 'image');
}

/**
 * The form's default button: the first submit button in tree order. Enter in one of the form's fields clicks it, so
 * that submission goes where the button says and runs what its click listeners do.
 */
export function defaultButton(form: HTMLFormElement): HTMLButtonElement | HTMLInputElement | undefined {
  return formFields(form).find(isSubmitButton);
}
