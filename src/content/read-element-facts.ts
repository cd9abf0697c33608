import type { ElementFacts } from '../shared/element-facts';
import type { ContentReply, PointTarget } from '../shared/protocol';
import { defaultButton, isSubmitButton } from './actions/default-button';
import { closestComposed, deepActiveElement, isEditable } from './actions/dom';
import { forward } from './actions/index';
import { elementFor, hitTest } from './actions/target';
import { accessibleName } from './accessibility/name';
import { computeRole } from './accessibility/roles';
import { type JudgedKeys, rememberJudged } from './judged-elements';

/** Page text is capped: the gate needs a title's words, not a page. */
const CONTEXT_MAX = 200;
/** Controls whose visible text says what pressing them does. */
const NAMED_BY_TEXT =
  'button, a, area, summary, [role=button], [role=link], [role=menuitem], [role=menuitemcheckbox], [role=menuitemradio], [role=tab], [role=switch]';
/** A chooser's choices are capped too, above any real list (a country list has 250). */
const MAX_CHOICES = 500;

/**
 * The facts the confirmation gate judges an action by, read from the element itself: its role and name, the form it
 * would submit (method, target, whether it carries a password), whether it downloads, and what surrounds it (the
 * dialog, form and heading it sits under) so a neutral "Yes" in a "Close your account?" dialog is judged as what it
 * does. Facts are read for the element an activation really reaches: a span inside a "Delete" button is judged as
 * that button, and a point or a focus inside a cross-origin frame is handed on to that frame (forward).
 */
export function describeTarget(target: PointTarget | null): ContentReply {
  let element: Element | null;
  if (target === null) {
    const focus = deepActiveElement();
    if (focus.localName === 'iframe' || focus.localName === 'frame')
      return forward({ element: focus, x: 0, y: 0, crossOriginFrame: true });
    // Nothing focused is judged too: keys must not reach an element the page focuses afterwards.
    if (focus === document.body || focus === document.documentElement) {
      const accessKeys = accessKeysOf(document);
      const facts = accessKeys.length > 0 ? { role: 'document', name: '', tag: focus.localName, accessKeys } : null;
      return { ok: true, facts, judged: rememberJudged(activatedElement(focus), { whole: '', decisive: '' }) };
    }
    element = focus;
  } else if ('ref' in target) {
    element = elementFor(target.ref);
  } else {
    const hit = hitTest(target.x, target.y);
    if (hit.crossOriginFrame) return forward(hit);
    element = hit.element;
  }
  if (!element) return { ok: true, facts: null };
  const actionable = activatedElement(element);
  const facts = factsOf(actionable);
  // A point or the focus can change hands before the action runs; a ref's element can change what it does.
  const judged = rememberJudged(actionable, judgedKeys(facts));
  // Keys go to the focus, but an access key (Alt+D) presses its element wherever the focus is.
  const accessKeys = target === null ? accessKeysOf(actionable.ownerDocument) : [];
  return { ok: true, facts: accessKeys.length > 0 ? { ...facts, accessKeys } : facts, judged };
}

/**
 * What an activation of `element` really reaches: a span inside a "Delete" button is that button, an image map's
 * area or an SVG link is a link, and a label passes the click on to the control it is for (wherever that is).
 */
export function activatedElement(element: Element): Element {
  const control = closestComposed(
    element,
    'button, a[href], a[*|href], area[href], input, select, textarea, [role=button], [role=link], [role=menuitem]',
  );
  if (control) return control;
  const label = closestComposed(element, 'label') as HTMLLabelElement | null;
  return label?.control ?? element;
}

/** The facts that decide a judgement (not where the element is drawn), as comparable strings (see JudgedKeys). */
export function judgedKeys(facts: ElementFacts): JudgedKeys {
  const whole = { ...facts, rect: undefined };
  const form = facts.form && { ...facts.form, fieldNames: undefined };
  return {
    whole: JSON.stringify(whole),
    decisive: JSON.stringify({ ...whole, nearby: undefined, accessKeys: undefined, editable: undefined, form }),
  };
}

export function factsOf(element: Element): ElementFacts {
  const role = computeRole(element);
  const name = accessibleName(element, role, { fromContent: role === 'generic' });
  const facts: ElementFacts = { role, name, tag: element.localName };
  const type = element.getAttribute('type');
  if (type) facts.type = type.toLowerCase();
  if (isEditable(element)) facts.editable = true;
  const form = formOf(element);
  if (form) {
    // A submit button's formaction and formmethod override the form's; Enter in a field submits through the form's
    // default button, so those of the default button apply there.
    const submitter = isSubmitButton(element) ? element : defaultButton(form);
    facts.form = {
      action: submitter?.hasAttribute('formaction') ? submitter.formAction : form.action,
      method: (submitter?.getAttribute('formmethod') || form.getAttribute('method') || 'get').toLowerCase(),
      ...(submitter && submitter !== element ? { submitter: everythingSaid(submitter) } : {}),
      hasPassword: form.querySelector('input[type=password]') !== null,
      fieldNames: Array.from(form.elements)
        .map((field) => field.getAttribute('name') ?? '')
        .filter(Boolean)
        .slice(0, 20),
    };
  }
  // The worker crops the element out of a screenshot of the top frame's viewport, so only the top frame says where.
  if (window === window.top) {
    const box = element.getBoundingClientRect();
    facts.rect = { x: box.x, y: box.y, width: box.width, height: box.height };
  }
  // A click inside a link follows it, whatever is drawn in it (a button, an image, an SVG shape).
  const link = closestComposed(element, 'a[href], a[*|href], area[href]');
  if (link) {
    facts.href = linkAddress(link);
    if (link.hasAttribute('download')) facts.download = true;
  }
  const owner = element.ownerDocument;
  if (owner !== document && !/^about:/i.test(owner.URL)) facts.documentUrl = owner.URL;
  const labels = otherLabels(element, name);
  if (labels) facts.labels = labels;
  const choices = choicesOf(element);
  if (choices.length > 0) facts.choices = choices;
  const context = surroundings(element, form);
  if (context) facts.context = context;
  const nearby = textAround(element);
  if (nearby) facts.nearby = nearby;
  return facts;
}

/**
 * What else the element says besides the accessible name the page may have chosen for it: a person reads the visible
 * text of `<button aria-label="Save draft">Delete my account</button>`, the tooltip of a "⋯" button and the text that
 * describes it. The text counts only for controls a person reads by their text (buttons, links, menu items): a
 * field's text is its options or value, and a list item's text ("Pay invoice" dragged in a to-do list) is content.
 */
function otherLabels(element: Element, name: string): string {
  const texts: string[] = [];
  if (element.matches(NAMED_BY_TEXT)) texts.push(element.textContent ?? '');
  texts.push(element.getAttribute('title') ?? '', element.getAttribute('aria-description') ?? '');
  for (const id of (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean))
    texts.push(element.ownerDocument.getElementById(id)?.textContent ?? '');
  return texts
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => text && text !== name)
    .join(' | ')
    .slice(0, CONTEXT_MAX);
}

/** An element's name and its other labels: what a key that presses it from elsewhere (Enter, an access key) does. */
function everythingSaid(element: Element): string {
  const name = accessibleName(element, computeRole(element));
  return [name, otherLabels(element, name)].join(' ').trim();
}

/**
 * The choices a key, a click or form_input's value can move a chooser to: a select's options (with their values, which
 * form_input also matches), or the labels of the radio buttons of the group (arrow keys check the next one).
 */
function choicesOf(element: Element): string[] {
  // By tag, not instanceof: an element of a same-origin child frame belongs to that frame's realm.
  if (element.localName === 'select')
    return Array.from((element as HTMLSelectElement).options, (option) => {
      const text = option.text.replace(/\s+/g, ' ').trim();
      return option.value && option.value !== text ? `${text} (${option.value})` : text;
    }).slice(0, MAX_CHOICES);
  const radio = element as HTMLInputElement;
  if (element.localName !== 'input' || radio.type !== 'radio' || !radio.name) return [];
  const fields = radio.form
    ? Array.from(radio.form.elements)
    : Array.from(element.ownerDocument.querySelectorAll('input'));
  return fields
    .filter(
      (field) =>
        field.localName === 'input' &&
        (field as HTMLInputElement).type === 'radio' &&
        (field as HTMLInputElement).name === radio.name,
    )
    .map((radio) => accessibleName(radio, 'radio'))
    .slice(0, MAX_CHOICES);
}

/** The elements of a document that have an access key, with what each says (a chord with Alt presses them). */
function accessKeysOf(doc: Document): Array<{ key: string; name: string }> {
  return Array.from(doc.querySelectorAll('[accesskey]'))
    .slice(0, MAX_CHOICES)
    .map((element) => ({ key: element.getAttribute('accesskey') ?? '', name: everythingSaid(element) }))
    .filter((entry) => entry.key.trim() !== '');
}

/** The address a link opens: an HTML link's or area's href, or an SVG link's (relative to its document). */
function linkAddress(link: Element): string {
  if (link.namespaceURI === 'http://www.w3.org/1999/xhtml') return (link as HTMLAnchorElement).href;
  const href = link.getAttribute('href') ?? link.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ?? '';
  try {
    return new URL(href, link.baseURI).href;
  } catch {
    return href;
  }
}

/** How much text beyond the element's own makes an ancestor say what the element answers. */
const NEARBY_MIN = 12;

/**
 * The text of the nearest ancestor (at most three levels up, through shadow roots) holding more than the element's
 * own: the question an unmarked confirmation panel asks beside its "Yes".
 */
function textAround(element: Element): string {
  const own = (element.textContent ?? '').trim().length;
  let ancestor: Element | null = element;
  for (let level = 0; level < 3; level++) {
    ancestor =
      ancestor.parentElement ?? ((ancestor.getRootNode() as Partial<ShadowRoot>).host as Element | null) ?? null;
    if (!ancestor || ancestor === element.ownerDocument.body) return '';
    const text = (ancestor.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length - own >= NEARBY_MIN) return text.slice(0, CONTEXT_MAX);
  }
  return '';
}

/** The dialog's title, the form's name or legend, and the nearest heading before the element, in that order. */
function surroundings(element: Element, form: HTMLFormElement | null): string {
  const parts: string[] = [];
  const dialog = closestComposed(element, 'dialog, [role=dialog], [role=alertdialog]');
  if (dialog) parts.push(titleOf(dialog));
  if (form) parts.push(titleOf(form));
  const heading = headingBefore(element);
  if (heading) parts.push(heading);
  return parts
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' | ')
    .slice(0, CONTEXT_MAX);
}

function titleOf(container: Element): string {
  const labelledBy = container.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => container.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return text;
  }
  const label = container.getAttribute('aria-label');
  if (label?.trim()) return label;
  const title = container.querySelector('legend, h1, h2, h3, h4, h5, h6, [role=heading]');
  const described = container.getAttribute('aria-describedby');
  const description = described ? (container.ownerDocument.getElementById(described)?.textContent ?? '') : '';
  // A dialog with neither title nor description says what it asks in its text.
  if (!title && !description && container.localName !== 'form')
    return (container.textContent ?? '').slice(0, CONTEXT_MAX);
  return `${title?.textContent ?? ''} ${description}`;
}

function headingBefore(element: Element): string {
  const headings = element.ownerDocument.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]');
  let nearest: Element | null = null;
  for (const heading of headings) {
    if (heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) nearest = heading;
    else break;
  }
  return nearest?.textContent ?? '';
}

function formOf(element: Element): HTMLFormElement | null {
  return (element as HTMLInputElement).form ?? element.closest('form');
}
