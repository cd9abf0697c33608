// Text a shown control takes its name from by aria-labelledby (a kit's field label in a span, a captcha's "I'm not a
// robot" beside its checkbox) is printed as that control's name; printed again as text it only repeats it, as a
// <label>'s text would. Only plain text is taken so (a heading naming the field under it stays the page's outline),
// and only for a control that is shown (the text of a hidden one is all that is left of it).
import { computeRole, WIDGET_ROLES } from '../accessibility/roles';

type TreeScope = Document | ShadowRoot;

export class LabellingText {
  private readonly scanned = new Set<TreeScope>();
  private readonly labels = new Set<Element>();

  /** Reads every aria-labelledby of one document or shadow root (once). */
  scan(scope: TreeScope): void {
    if (this.scanned.has(scope)) return;
    this.scanned.add(scope);
    for (const control of scope.querySelectorAll('[aria-labelledby]')) {
      if (!WIDGET_ROLES.has(computeRole(control)) || !control.checkVisibility()) continue;
      for (const id of (control.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
        const label = id ? scope.getElementById(id) : null;
        if (label && !label.contains(control) && computeRole(label) === 'generic') this.labels.add(label);
      }
    }
  }

  /** `el`'s text is the name of a control printed with it. */
  names(el: Element): boolean {
    return this.labels.has(el);
  }
}
